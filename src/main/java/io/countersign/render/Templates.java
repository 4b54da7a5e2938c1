package io.countersign.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf XHTML templates: the ones bundled in the jar (from the repository's {@code templates/}),
 * or a user's copy in a directory. Engines are built once per source and cache parsed templates,
 * so a render only pays for processing. Templates run in XML mode so the output is always
 * well-formed XHTML, which is what the PDF layout engine parses.
 */
public final class Templates {

    private static final Map<String, Templates> BY_SOURCE = new ConcurrentHashMap<>();
    private static final String COMMENT_START = "<!--/*";
    private static final String COMMENT_END = "*/-->";
    /** {@code <!--/*}{@code /} opens a prototype-only block, whose content Thymeleaf keeps. */
    private static final String PROTOTYPE_START = "<!--/*/";

    private final TemplateEngine engine;
    private final String source;
    private final Function<String, Optional<String>> texts;

    private Templates(AbstractConfigurableTemplateResolver resolver, String source, Function<String, Optional<String>> texts) {
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        this.engine.setTemplateResolver(resolver);
        this.source = source;
        this.texts = texts;
    }

    /** The bundled templates, or those in {@code dir} when given. */
    public static Templates of(Optional<Path> dir) {
        return dir.map(Templates::inDirectory).orElseGet(Templates::bundled);
    }

    public static Templates bundled() {
        return BY_SOURCE.computeIfAbsent("classpath", k -> {
            ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
            r.setPrefix("templates/");
            return new Templates(r, "bundled templates", name -> {
                try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name + ".html")) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
        });
    }

    public static Templates inDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateException("template directory " + dir + " does not exist; copy the repository's templates/ folder and pass its path", null);
        }
        Path abs = dir.toAbsolutePath().normalize();
        return BY_SOURCE.computeIfAbsent(abs.toString(), k -> {
            FileTemplateResolver r = new FileTemplateResolver();
            r.setPrefix(abs + "/");
            return new Templates(r, abs.toString(), name -> {
                try {
                    return Optional.of(Files.readString(abs.resolve(name + ".html"), StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            });
        });
    }

    /** Processes {@code template} (e.g. "pi") with the given variables; errors name the template file and line. */
    public String process(String template, Messages messages, Map<String, Object> variables) {
        Context ctx = new Context(messages.locale());
        ctx.setVariables(variables);
        ctx.setVariable("msg", messages);
        try {
            return engine.process(template, ctx);
        } catch (TemplateProcessingException e) {
            throw new TemplateException(describe(e), e);
        } catch (TemplateEngineException e) {
            throw new TemplateException("template " + template + ".html in " + source + ": " + rootMessage(e), e);
        }
    }

    private String describe(TemplateProcessingException e) {
        String name = e.getTemplateName() == null ? "?" : e.getTemplateName();
        String where = "";
        if (e.getLine() != null) {
            int line = texts.apply(name).map(text -> fileLine(text, e.getLine())).orElse(e.getLine());
            where = ":" + line + (e.getCol() == null ? "" : ":" + e.getCol());
        }
        return "template " + name + ".html" + where + " (" + source + "): " + rootMessage(e);
    }

    /**
     * The line in the file of what Thymeleaf numbers {@code parsedLine}. Thymeleaf cuts parser-level
     * comments ({@code <!--/* … *}{@code /-->}) out before parsing, newlines included, so it numbers every
     * line after a multi-line comment too low by the newlines the comment had.
     */
    static int fileLine(String text, int parsedLine) {
        int parsed = 1;
        int line = 1;
        int i = 0;
        while (i < text.length() && parsed < parsedLine) {
            if (text.startsWith(COMMENT_START, i) && !text.startsWith(PROTOTYPE_START, i)) {
                int end = text.indexOf(COMMENT_END, i + COMMENT_START.length());
                if (end < 0) {
                    break;
                }
                line += (int) text.substring(i, end).chars().filter(c -> c == '\n').count();
                i = end + COMMENT_END.length();
                continue;
            }
            if (text.charAt(i) == '\n') {
                parsed++;
                line++;
            }
            i++;
        }
        return line + parsedLine - parsed;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof TemplateProcessingException tpe && tpe.getMessage() != null ? tpe.getMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
