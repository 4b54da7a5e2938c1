package io.countersign.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private final TemplateEngine engine;
    private final String source;

    private Templates(AbstractConfigurableTemplateResolver resolver, String source) {
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        this.engine.setTemplateResolver(resolver);
        this.source = source;
    }

    /** The bundled templates, or those in {@code dir} when given. */
    public static Templates of(Optional<Path> dir) {
        return dir.map(Templates::inDirectory).orElseGet(Templates::bundled);
    }

    public static Templates bundled() {
        return BY_SOURCE.computeIfAbsent("classpath", k -> {
            ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
            r.setPrefix("templates/");
            return new Templates(r, "bundled templates");
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
            return new Templates(r, abs.toString());
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
        String name = e.getTemplateName() == null ? "?" : e.getTemplateName() + ".html";
        String where = e.getLine() == null ? "" : ":" + e.getLine() + (e.getCol() == null ? "" : ":" + e.getCol());
        return "template " + name + where + " (" + source + "): " + rootMessage(e);
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
