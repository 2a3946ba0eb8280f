package org.civitas.shared.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.StyleHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A picture drawn with Java2D (by JFreeChart) and written by Apache Batik's SVG generator as one inline {@code <svg>}
 * element, named for screen readers and scaled by its container.
 * <p>
 * Text stays text in the reader's fonts (see {@link ChartFonts#CSS_FAMILY}); the serialiser escapes every text and
 * attribute, the caption included, so residents' markup never becomes elements.
 */
final class SvgCanvas {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String FONT_FAMILY = "font-family";
    private static final AtomicLong CANVASES = new AtomicLong();
    private static final StyleHandler STYLES = new ChartFontFamily();

    private final int width;
    private final int height;
    private final FractionalGraphics graphics;

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        Document document = document();
        var context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(2);
        context.setStyleHandler(STYLES);
        // ids are global to the page holding several inline charts: each chart's clip paths get a prefix of its own
        String prefix = "civitas-chart-" + CANVASES.incrementAndGet() + "-";
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return super.generateID(prefix + kind);
            }
        });
        graphics = new FractionalGraphics(context);
    }

    Graphics2D graphics() {
        return graphics;
    }

    /** The {@code <svg>} element of what was drawn, named by the caption ({@code aria-label} and {@code <title>}). */
    String toSvg(String caption) {
        Element root = graphics.getRoot();
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", caption);
        root.setAttribute("class", "civitas-chart-svg");
        Element title = root.getOwnerDocument().createElementNS(SVG, "title");
        title.setTextContent(caption);
        root.insertBefore(title, root.getFirstChild());
        root.setAttributeNS(XMLNS, "xmlns", SVG);
        // Batik names its shared <defs> "genericDefs" in every picture, a duplicate id once two charts share a page
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element defs && "genericDefs".equals(defs.getAttribute("id"))) {
                defs.removeAttribute("id");
                if (!defs.hasChildNodes()) {
                    root.removeChild(defs);
                }
                break;
            }
        }
        // inline styles, as a page's CSS cannot override them
        SVGCSSStyler.style(root);
        return write(root);
    }

    /**
     * The JDK's serialiser rather than Batik's, which adds an XML prolog and a DOCTYPE that do not belong inside HTML.
     * Both escape {@code <}, {@code &} and quotes.
     */
    private static String write(Element root) {
        try {
            var factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            var out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write the chart's SVG", e);
        }
    }

    private static Document document() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM in this JVM", e);
        }
    }

    /**
     * JFreeChart lays labels out by the canvas's font metrics, which Batik takes from a bitmap in whole pixels; the
     * browser draws with fractional advances, as {@link ChartFonts#width} measures, so labels would wrap differently.
     */
    private static final class FractionalGraphics extends SVGGraphics2D {
        FractionalGraphics(SVGGeneratorContext context) {
            super(context, false);
        }

        private FractionalGraphics(FractionalGraphics original) {
            super(original);
        }

        @Override
        public FontMetrics getFontMetrics(Font font) {
            fmg.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return super.getFontMetrics(font);
        }

        @Override
        public Graphics create() {
            return new FractionalGraphics(this);
        }
    }

    /** Batik names only the Java font's family ('DejaVu Sans'); readers without it need the fallbacks. */
    private static final class ChartFontFamily implements StyleHandler {
        private final StyleHandler standard = new DefaultStyleHandler();

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public void setStyle(Element element, Map styleMap, SVGGeneratorContext context) {
            Map<String, String> style = new HashMap<>(styleMap);
            style.computeIfPresent(FONT_FAMILY, (name, family) -> ChartFonts.CSS_FAMILY);
            standard.setStyle(element, style, context);
        }
    }
}
