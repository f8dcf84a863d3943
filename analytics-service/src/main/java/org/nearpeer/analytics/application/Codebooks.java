package org.nearpeer.analytics.application;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.coding.CodeLevel;
import org.nearpeer.analytics.domain.coding.CodebookCode;
import org.nearpeer.analytics.domain.coding.CodebookVersion;
import org.nearpeer.analytics.domain.coding.CodingRepository;
import org.nearpeer.analytics.domain.coding.DefaultCodebook;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;

/**
 * A school's codebook: seeded from the default framework on first use, then changed one versioned
 * step at a time (a code added, a code retired — never deleted, so coded answers keep their
 * meaning), and exported as a REFI-QDA codebook for NVivo, MAXQDA, QualCoder or ATLAS.ti.
 */
@ApplicationScoped
public class Codebooks {

    private final CodingRepository repository;
    private final Clock clock;

    public Codebooks(CodingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public record CodeView(String key, String parentKey, CodeLevel level, String label, String description, boolean alert, int addedInVersion,
            Integer retiredInVersion) {
        static CodeView of(CodebookCode c) {
            return new CodeView(c.codeKey(), c.parentKey(), c.level(), c.label(), c.description(), c.alert(), c.addedInVersion(),
                    c.retiredInVersion());
        }
    }

    public record Version(int version, java.time.Instant changedAt, String change) {
    }

    public record CodebookView(int version, List<CodeView> codes, List<Version> history) {
    }

    @Transactional
    public CodebookView current(String school) {
        List<CodebookCode> codes = seeded(school);
        return new CodebookView(repository.latestVersion().map(CodebookVersion::version).orElse(1), codes.stream().map(CodeView::of).toList(),
                repository.versions().stream().map(v -> new Version(v.version(), v.changedAt(), v.change())).toList());
    }

    /** The active codes' keys (what answers may be coded with). */
    @Transactional
    public Map<String, CodebookCode> activeCodes(String school) {
        Map<String, CodebookCode> codes = new TreeMap<>();
        seeded(school).stream().filter(CodebookCode::active).filter(c -> c.level() == CodeLevel.CODE).forEach(c -> codes.put(c.codeKey(), c));
        return codes;
    }

    @Transactional
    public CodeView add(String school, String key, String label, String description, boolean alert) {
        List<CodebookCode> codes = seeded(school);
        if (codes.stream().anyMatch(c -> c.codeKey().equals(key))) {
            throw new ConflictException("code-exists", "The codebook already has " + key + " (codes are retired, never reused).");
        }
        int depth = key.split("/").length;
        String parentKey = depth == 1 ? null : key.substring(0, key.lastIndexOf('/'));
        CodeLevel level = CodeLevel.values()[depth - 1];
        if (parentKey != null && codes.stream().noneMatch(c -> c.codeKey().equals(parentKey) && c.active())) {
            throw new RuleViolationException("parent-missing", "Add " + parentKey + " first: a " + level.name().toLowerCase()
                    + " belongs to an active " + CodeLevel.values()[depth - 2].name().toLowerCase() + ".");
        }
        int version = nextVersion(school, "added " + key);
        CodebookCode code = new CodebookCode(school, key, parentKey, level, label, description, alert, version);
        repository.persist(code);
        return CodeView.of(code);
    }

    @Transactional
    public void retire(String school, String key) {
        List<CodebookCode> codes = seeded(school);
        CodebookCode code = codes.stream().filter(c -> c.codeKey().equals(key)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("code", key));
        if (!code.active()) {
            throw new ConflictException("code-retired", key + " was retired in version " + code.retiredInVersion() + ".");
        }
        int version = nextVersion(school, "retired " + key);
        codes.stream().filter(c -> c.active() && (c.codeKey().equals(key) || c.codeKey().startsWith(key + "/"))).forEach(c -> c.retire(version));
    }

    /** The active codebook as a REFI-QDA codebook ({@code .qdc}, urn:QDA-XML:codebook:1.0). */
    @Transactional
    public String exportQdc(String school) {
        List<CodebookCode> codes = seeded(school).stream().filter(CodebookCode::active).toList();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeStartElement("CodeBook");
            xml.writeDefaultNamespace("urn:QDA-XML:codebook:1.0");
            xml.writeAttribute("origin", "Nearpeer");
            xml.writeStartElement("Codes");
            writeChildren(xml, codes, null, school);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeChildren(XMLStreamWriter xml, List<CodebookCode> codes, String parentKey, String school) throws XMLStreamException {
        for (CodebookCode code : codes) {
            if (java.util.Objects.equals(code.parentKey(), parentKey)) {
                xml.writeStartElement("Code");
                xml.writeAttribute("guid", UUID.nameUUIDFromBytes((school + ":" + code.codeKey()).getBytes(StandardCharsets.UTF_8)).toString());
                xml.writeAttribute("name", code.label());
                xml.writeAttribute("isCodable", Boolean.toString(code.level() == CodeLevel.CODE));
                if (code.description() != null) {
                    xml.writeStartElement("Description");
                    xml.writeCharacters(code.description());
                    xml.writeEndElement();
                }
                writeChildren(xml, codes, code.codeKey(), school);
                xml.writeEndElement();
            }
        }
    }

    private List<CodebookCode> seeded(String school) {
        List<CodebookCode> codes = repository.codebook();
        if (!codes.isEmpty()) {
            return codes;
        }
        repository.persist(new CodebookVersion(school, 1, clock.instant(), "seeded from the default framework"));
        List<CodebookCode> seeded = new ArrayList<>();
        for (DefaultCodebook.Entry e : DefaultCodebook.entries()) {
            CodebookCode code = new CodebookCode(school, e.key(), e.parentKey(), e.level(), e.label(), e.description(), e.alert(), 1);
            repository.persist(code);
            seeded.add(code);
        }
        return seeded;
    }

    private int nextVersion(String school, String change) {
        int version = repository.latestVersion().map(CodebookVersion::version).orElse(1) + 1;
        repository.persist(new CodebookVersion(school, version, clock.instant(), change));
        return version;
    }

    /** Codes an answer may carry; anything else is a 422 naming the unknown keys. */
    static void requireKnown(Set<String> codes, Map<String, CodebookCode> active) {
        List<String> unknown = codes.stream().filter(c -> !active.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown-codes", "Not active codes of the codebook: " + String.join(", ", unknown)
                    + ". Code answers with codes (theme/category/code), not themes or categories.");
        }
    }
}
