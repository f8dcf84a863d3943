package org.nearpeer.analytics.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.nearpeer.analytics.application.ChoiceTable.ItemTable;
import org.nearpeer.analytics.application.ChoiceTable.OptionRow;
import org.nearpeer.analytics.application.SatisfactionCharts.Format;
import org.nearpeer.analytics.application.SatisfactionTable.RoleFigures;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The program report as a PDF (OpenPDF), tables in the paper's order, with the satisfaction chart. */
@ApplicationScoped
public class ProgramReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font HEAD_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private final SatisfactionCharts charts;

    public ProgramReportPdf(SatisfactionCharts charts) {
        this.charts = charts;
    }

    public byte[] render(ProgramReport.Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Near-peer mentoring program evaluation — " + report.schoolName(), TITLE));
        document.add(new Paragraph(String.join(", ", report.cycles().stream().map(c -> c.semester() + " (" + c.title() + ")").toList())
                + " · generated " + DateTimeFormatter.ISO_LOCAL_DATE.format(report.generatedAt().atZone(ZoneOffset.UTC)), BODY));

        var participation = report.program().participation();
        var rate = report.program().responseRate();
        heading(document, "Participants and response rate");
        document.add(new Paragraph(String.format(Locale.ROOT, "%d mentors and %d mentees took part; %d of %d invited answered the evaluation "
                + "survey (%s): %d mentors (%s) and %d mentees (%s).", participation.mentors(), participation.mentees(), rate.overall().responded(),
                rate.overall().invited(), percent(rate.overall().percent()), rate.mentors().responded(), percent(rate.mentors().percent()),
                rate.mentees().responded(), percent(rate.mentees().percent())), BODY));

        heading(document, "Table 1. Implementation — survey answers (n, % of respondents)");
        choiceTable(document, report.implementationFromSurvey());
        heading(document, "Table 1 (logs). Implementation — from the session logs");
        var log = report.program().implementation();
        PdfPTable logs = table(new float[] {3, 2, 2, 2}, "measure", "sessions", "%", "hours");
        row(logs, "pairs (self-chosen " + log.selfChosenPairs() + ")", Long.toString(log.pairs()), "", "");
        row(logs, "meetings per pair, mean ± SD", number(log.meetingsPerPairMean()) + " ± " + number(log.meetingsPerPairSd()), "", "");
        log.meetingsPerPair().forEach(b -> row(logs, b.meetings() + " meetings", b.pairs() + " pairs", percent(b.percent()), ""));
        log.methods().forEach(m -> row(logs, "method: " + m.value(), Long.toString(m.sessions()), percent(m.percent()), number(m.hours())));
        log.locations().forEach(m -> row(logs, "place: " + m.value(), Long.toString(m.sessions()), percent(m.percent()), number(m.hours())));
        row(logs, "all sessions", Long.toString(log.sessions()), "", number(log.hours()));
        document.add(logs);

        heading(document, "Table 2. Satisfaction by role (mean ± SD; Mann-Whitney U, exact and asymptotic p)");
        PdfPTable satisfaction = table(new float[] {5, 2, 2, 1.5f, 1.5f, 1.5f}, "item", "mentors", "mentees", "U", "p exact", "p asympt.");
        for (ProgramReport.SatisfactionRow row : report.satisfaction()) {
            var f = row.figures();
            row(satisfaction, row.question(), figures(f.mentors()), figures(f.mentees()), number(f.comparison().u()), p(f.comparison().pExact()),
                    p(f.comparison().pAsymptotic()));
        }
        document.add(satisfaction);
        if (!report.satisfaction().isEmpty()) {
            try {
                Image chart = Image.getInstance(charts.likertByRole(report.satisfaction().stream().map(ProgramReport.SatisfactionRow::figures).toList(),
                        Format.PNG, 1000, 120 + 90 * report.satisfaction().size()));
                chart.scaleToFit(515, 400);
                chart.setAlignment(Element.ALIGN_CENTER);
                document.add(chart);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        heading(document, "Table 3. Purposes of participation (n, % of respondents; several answers allowed)");
        choiceTable(document, report.purposes());
        heading(document, "Table 4. The mentor's roles (n, % of respondents; up to three answers)");
        choiceTable(document, report.mentorRoles());

        heading(document, "Themes of the open answers (coded answers, % of the role's coded answers)");
        PdfPTable themes = table(new float[] {5, 2, 2}, "theme / category / code", "mentors", "mentees");
        report.themes().rows().stream().filter(t -> t.mentors() + t.mentees() > 0 || t.level() == org.nearpeer.analytics.domain.coding.CodeLevel.THEME)
                .forEach(t -> row(themes, indent(t.level()) + t.label(), t.mentors() + " (" + percent(t.mentorsPercent()) + ")",
                        t.mentees() + " (" + percent(t.menteesPercent()) + ")"));
        document.add(themes);
        document.close();
        return out.toByteArray();
    }

    private static void choiceTable(Document document, List<ItemTable> tables) {
        PdfPTable table = table(new float[] {5, 2, 2}, "answer", "mentors", "mentees");
        for (ItemTable item : tables) {
            PdfPCell title = new PdfPCell(new Phrase(item.itemId() + " (respondents: " + item.mentorRespondents() + " mentors, "
                    + item.menteeRespondents() + " mentees)", HEAD_CELL));
            title.setColspan(3);
            table.addCell(title);
            for (OptionRow o : item.options()) {
                row(table, o.label(), o.mentors() + " (" + percent(o.mentorsPercent()) + ")", o.mentees() + " (" + percent(o.menteesPercent()) + ")");
            }
        }
        document.add(table);
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, HEAD_CELL)));
        }
        table.setHeaderRows(1);
        return table;
    }

    private static void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(new PdfPCell(new Phrase(cell, BODY)));
        }
    }

    private static String figures(RoleFigures f) {
        return f.n() == 0 ? "—" : String.format(Locale.ROOT, "%s ± %s (n=%d)", number(f.mean()), number(f.sd()), f.n());
    }

    private static String indent(org.nearpeer.analytics.domain.coding.CodeLevel level) {
        return switch (level) {
            case THEME -> "";
            case CATEGORY -> "   ";
            case CODE -> "      ";
        };
    }

    private static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static String p(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
