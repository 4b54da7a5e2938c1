package io.countersign.render;

import io.countersign.CountersignException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses template output straight into a DOM. openhtmltopdf's own loader goes SAX → identity
 * transform → DOM and builds its parser factories per document; a reused builder per thread is
 * several times cheaper. No DTD or entity is ever fetched.
 */
final class XhtmlParser {
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(XhtmlParser::newBuilder);

    private XhtmlParser() {
    }

    static Document parse(String xhtml) {
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateException("template output is not well-formed XHTML at line " + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": " + e.getMessage() + " (check the template for an unclosed element or a raw '&' or '<')", e);
        } catch (SAXException | IOException e) {
            throw new TemplateException("template output cannot be parsed: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new CountersignException("the JDK's XML parser cannot be configured", e);
        }
    }
}
