package io.countersign.cli;

import io.countersign.CountersignException;
import io.countersign.input.InvalidInputException;
import io.countersign.render.TemplateException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one readable report and an exit code: bad input lists every problem with
 * its location and exits 2; other known failures print one line; a stack trace only with --debug.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (e instanceof InvalidInputException invalid) {
            err.println(invalid.getMessage());
            trace(e, err, debug);
            return ExitCodes.UNUSABLE_INPUT;
        }
        if (e instanceof UnusableInputException || e instanceof TemplateException
                || e instanceof io.countersign.signoff.UnusableReturnException
                || e instanceof io.countersign.signing.SigningInputException) {
            err.println("countersign: " + e.getMessage());
            trace(e, err, debug);
            return ExitCodes.UNUSABLE_INPUT;
        }
        if (e instanceof CountersignException) {
            err.println("countersign: " + e.getMessage());
        } else {
            err.println("countersign: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (run again with --debug for details and please report it)");
        }
        trace(e, err, debug);
        return ExitCodes.FAILED;
    }

    private static void trace(Exception e, PrintWriter err, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        }
    }
}
