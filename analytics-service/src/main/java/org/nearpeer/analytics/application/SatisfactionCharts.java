package org.nearpeer.analytics.application;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.nearpeer.analytics.application.SatisfactionTable.ItemRow;
import org.nearpeer.analytics.application.SatisfactionTable.RoleFigures;
import org.nearpeer.analytics.application.SatisfactionTrends.TrendPoint;

/**
 * Charts of the satisfaction figures, drawn with JFreeChart and written as SVG (JFreeSVG) or PNG:
 * a diverging stacked bar of each Likert item by role (disagreement left of zero, agreement right,
 * the neutral middle split across it) and the mean of each item by role over the semesters.
 */
@ApplicationScoped
public class SatisfactionCharts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    public enum Format {
        SVG, PNG
    }

    /** Negative to positive: 1, 2, the lower half of 3, its upper half, 4, 5 (ColorBrewer RdBu). */
    private static final String[] SEGMENTS = {"1", "2", "3 ", "3", "4", "5"};
    private static final Color[] COLORS = {new Color(0xCA0020), new Color(0xF4A582), new Color(0xD9D9D9), new Color(0xD9D9D9),
            new Color(0x92C5DE), new Color(0x0571B0)};

    private final SatisfactionTable table;
    private final SatisfactionTrends trends;

    public SatisfactionCharts(SatisfactionTable table, SatisfactionTrends trends) {
        this.table = table;
        this.trends = trends;
    }

    public byte[] likertByRole(UUID cycleId, Format format, int width, int height) {
        return likertByRole(table.of(cycleId), format, width, height);
    }

    public byte[] likertByRole(java.util.List<ItemRow> rows, Format format, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ItemRow row : rows) {
            add(data, row.itemId() + " · mentors (n=" + row.mentors().n() + ")", row.mentors());
            add(data, row.itemId() + " · mentees (n=" + row.mentees().n() + ")", row.mentees());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Satisfaction by role", null, "% of respondents (disagree ← | → agree)", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int s = 0; s < SEGMENTS.length; s++) {
            int series = data.getRowIndex(SEGMENTS[s]);
            if (series >= 0) {
                renderer.setSeriesPaint(series, COLORS[s]);
                renderer.setSeriesVisibleInLegend(series, s != 2); // one legend entry for the split neutral level
            }
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(-100, 100);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return write(chart, format, width, height);
    }

    public byte[] meanOverSemesters(String itemId, Format format, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TrendPoint point : trends.of(itemId)) {
            if (point.mean() != null) {
                data.addValue(point.mean(), point.itemId() + " · " + point.role().name().toLowerCase() + "s", point.semester());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart("Mean satisfaction over semesters", "Semester", "Mean (1–5)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(1, 5);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultStroke(new BasicStroke(2f));
        renderer.setAutoPopulateSeriesStroke(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return write(chart, format, width, height);
    }

    private static void add(DefaultCategoryDataset data, String category, RoleFigures figures) {
        long[] counts = figures.distribution();
        double n = figures.n();
        double[] percent = new double[5];
        for (int level = 0; level < 5; level++) {
            percent[level] = n == 0 ? 0 : 100.0 * counts[level] / n;
        }
        double[] segments = {-percent[0], -percent[1], -percent[2] / 2, percent[2] / 2, percent[3], percent[4]};
        // Stacking goes outward from zero in series order, so the negative side is added nearest-first.
        int[] order = {2, 1, 0, 3, 4, 5};
        for (int s : order) {
            data.addValue(segments[s], SEGMENTS[s], category);
        }
    }

    private static byte[] write(JFreeChart chart, Format format, int width, int height) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart.setBackgroundPaint(Color.WHITE);
        if (format == Format.SVG) {
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new java.awt.Rectangle(0, 0, width, height));
            return svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        }
        BufferedImage image = chart.createBufferedImage(width, height);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeBufferedImageAsPNG(out, image);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
