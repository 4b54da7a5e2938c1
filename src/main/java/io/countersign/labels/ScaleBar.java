package io.countersign.labels;

import io.countersign.render.TextWrap;
import io.countersign.render.VectorArt;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * A {@value #LENGTH_MM} mm ruler with millimetre ticks: measured on a printed sheet, it says
 * whether the printer kept the scale (a "fit to page" print shrinks it, and the sticker with it).
 */
final class ScaleBar implements VectorArt {
    static final int LENGTH_MM = 50;
    private static final double LEFT = 2.0;
    private static final double LINE_Y = 3.2;
    private static final double LABEL_SIZE = 2.2;

    @Override
    public double widthMm() {
        return LEFT + LENGTH_MM + 1.2 + TextWrap.width("mm", LABEL_SIZE, false) + 0.5;
    }

    @Override
    public double heightMm() {
        return LINE_Y + 0.4 + 1.2 * LABEL_SIZE + 0.4;
    }

    @Override
    public void draw(Canvas c) {
        Path2D ticks = new Path2D.Double();
        for (int mm = 0; mm <= LENGTH_MM; mm++) {
            double len = mm % 10 == 0 ? 2.6 : mm % 5 == 0 ? 1.8 : 1.1;
            ticks.moveTo(LEFT + mm, LINE_Y);
            ticks.lineTo(LEFT + mm, LINE_Y - len);
        }
        c.stroke(ticks, 0.12, BLACK);
        c.stroke(new Line2D.Double(LEFT, LINE_Y, LEFT + LENGTH_MM, LINE_Y), 0.2, BLACK);
        TextStyle centred = new TextStyle(Align.CENTRE, false, BLACK);
        for (int mm = 0; mm <= LENGTH_MM; mm += 10) {
            c.text(Integer.toString(mm), LEFT + mm, LINE_Y + 0.4 + LABEL_SIZE, LABEL_SIZE, centred);
        }
        c.text("mm", LEFT + LENGTH_MM + 1.2, LINE_Y - 0.3, LABEL_SIZE, new TextStyle(Align.LEFT, false, BLACK));
    }
}
