package io.countersign.server.http;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The server's own web pages (the buyer's sign-off page), Thymeleaf in HTML mode with escaping on.
 * Unlike the document templates these are not a user's to replace: they are part of the server.
 */
final class PageTemplates {
    private final TemplateEngine engine = new TemplateEngine();

    PageTemplates() {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver(PageTemplates.class.getClassLoader());
        r.setPrefix("io/countersign/server/web/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        engine.setTemplateResolver(r);
    }

    String process(String template, Map<String, Object> variables) {
        Context ctx = new Context();
        ctx.setVariables(variables);
        return engine.process(template, ctx);
    }
}
