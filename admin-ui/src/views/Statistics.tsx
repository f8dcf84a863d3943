import { useEffect, useState } from 'react';
import {
  Box, Button, Card, CardContent, Checkbox, CircularProgress, FormControlLabel, FormGroup, Table, TableBody, TableCell, TableHead, TableRow,
  Typography,
} from '@mui/material';
import { Title } from 'react-admin';
import { call, download, json } from '../platform/http';

type Cycle = { cycleId: string; semester: string; title: string };
type Share = { value: string; sessions: number; percent: number | null; hours: number };
type RoleFigures = { n: number; mean: number | null; sd: number | null; median: number | null; distribution: number[] };
type OptionRow = { option: string; label: string; mentors: number; mentorsPercent: number | null; mentees: number; menteesPercent: number | null };
type ItemTable = { itemId: string; mentorRespondents: number; menteeRespondents: number; options: OptionRow[] };
type Report = {
  schoolName: string;
  cycles: Cycle[];
  program: {
    participation: { mentors: number; mentees: number; byYearLevel: { group: string; mentors: number; mentees: number }[];
      byGender: { group: string; mentors: number; mentees: number }[] };
    responseRate: Record<'mentors' | 'mentees' | 'overall', { invited: number; responded: number; percent: number | null }>;
    implementation: { pairs: number; selfChosenPairs: number; dissolvedPairs: number; sessions: number; disputedSessions: number;
      meetingsPerPairMean: number | null; meetingsPerPairSd: number | null; meetingsPerPair: { meetings: string; pairs: number; percent: number | null }[];
      hours: number; methods: Share[]; locations: Share[]; activities: Share[] };
    volunteerHours: { mentorsWithConfirmedTime: number; confirmedHours: number; mentorsApproved: number; approvedHours: number };
  };
  implementationFromSurvey: ItemTable[];
  satisfaction: { itemId: string; question: string; figures: { mentors: RoleFigures; mentees: RoleFigures;
    comparison: { u: number | null; pExact: number | null; pAsymptotic: number | null; pAsymptoticCorrected: number | null } } }[];
  purposes: ItemTable[];
  mentorRoles: ItemTable[];
  themes: { codedMentorAnswers: number; codedMenteeAnswers: number; rows: { key: string; level: string; label: string; mentors: number;
    mentorsPercent: number | null; mentees: number; menteesPercent: number | null }[] };
};

const f1 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));
const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x < 0.001 ? '<0.001' : x.toFixed(3));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x.toFixed(1)} %`);
const words = (code: string) => code.replace(/_/g, ' ').toLowerCase();

/**
 * The program report the way the paper lays it out: participants and response rate, Table 1
 * (implementation), Table 2 (satisfaction by role with Mann-Whitney), Tables 3–4, themes and the
 * chart — for one semester or several pooled; PDF and CSV downloads.
 */
export function Statistics() {
  const [cycles, setCycles] = useState<Cycle[]>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [report, setReport] = useState<Report>();
  const [chart, setChart] = useState<string>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    json<{ items: Cycle[] }>('analytics', '/api/v1/cycles?size=100')
      .then((page) => {
        setCycles(page.items);
        setChosen(page.items.map((c) => c.cycleId));
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  const query = chosen.map((id) => `cycleId=${id}`).join('&');

  useEffect(() => {
    if (chosen.length === 0) {
      setReport(undefined);
      return;
    }
    setLoading(true);
    setError(undefined);
    json<Report>('analytics', `/api/v1/reports/program?${query}&format=json`)
      .then(setReport)
      .catch((e: Error) => setError(e.message))
      .finally(() => setLoading(false));
    const chartPath = chosen.length === 1 ? `/api/v1/cycles/${chosen[0]}/charts/satisfaction?format=svg` : '/api/v1/trends/satisfaction/chart?format=svg';
    call('analytics', chartPath, { headers: { Accept: 'image/svg+xml' } })
      .then((response) => response.blob())
      .then((blob) => setChart((previous) => {
        if (previous) URL.revokeObjectURL(previous);
        return URL.createObjectURL(blob);
      }))
      .catch(() => setChart(undefined));
  }, [query]); // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="Statistics" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" component="h2">Semesters</Typography>
          {cycles === undefined && !error && <CircularProgress size={24} aria-label="loading the semesters" />}
          {cycles?.length === 0 && <Typography>No cycles yet.</Typography>}
          <FormGroup row>
            {cycles?.map((c) => (
              <FormControlLabel key={c.cycleId} label={c.semester}
                control={<Checkbox checked={chosen.includes(c.cycleId)} onChange={() => toggle(c.cycleId)} />} />
            ))}
          </FormGroup>
          <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
            <Button variant="outlined" disabled={!report} onClick={() => download('analytics', `/api/v1/reports/program?${query}&format=pdf`, 'program-report.pdf')}>
              Download PDF
            </Button>
            <Button variant="outlined" disabled={!report} onClick={() => download('analytics', `/api/v1/reports/program?${query}&format=csv`, 'program-report.zip')}>
              Download CSV files
            </Button>
          </Box>
        </CardContent>
      </Card>
      {loading && <CircularProgress aria-label="loading the report" />}
      {error && <Typography color="error" role="alert">{error}</Typography>}
      {report && !loading && <ReportTables report={report} chart={chart} />}
    </Box>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card sx={{ mb: 2 }} component="section" aria-label={title}>
      <CardContent sx={{ overflowX: 'auto' }}>
        <Typography variant="h6" component="h2" gutterBottom>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function ReportTables({ report, chart }: { report: Report; chart?: string }) {
  const { participation, responseRate, implementation, volunteerHours } = report.program;
  return (
    <>
      <Section title="Participants and response rate">
        <Table size="small">
          <TableHead><TableRow><TableCell /><TableCell align="right">Mentees</TableCell><TableCell align="right">Mentors</TableCell>
            <TableCell align="right">All</TableCell></TableRow></TableHead>
          <TableBody>
            <TableRow><TableCell>Participants</TableCell><TableCell align="right">{participation.mentees}</TableCell>
              <TableCell align="right">{participation.mentors}</TableCell><TableCell align="right">{participation.mentees + participation.mentors}</TableCell></TableRow>
            <TableRow><TableCell>Survey respondents</TableCell><TableCell align="right">{responseRate.mentees.responded}</TableCell>
              <TableCell align="right">{responseRate.mentors.responded}</TableCell><TableCell align="right">{responseRate.overall.responded}</TableCell></TableRow>
            <TableRow><TableCell>Response rate</TableCell><TableCell align="right">{pct(responseRate.mentees.percent)}</TableCell>
              <TableCell align="right">{pct(responseRate.mentors.percent)}</TableCell><TableCell align="right">{pct(responseRate.overall.percent)}</TableCell></TableRow>
            {participation.byYearLevel.map((g) => (
              <TableRow key={g.group}><TableCell>Year {g.group}</TableCell><TableCell align="right">{g.mentees}</TableCell>
                <TableCell align="right">{g.mentors}</TableCell><TableCell align="right">{g.mentees + g.mentors}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title="Table 1. Implementation">
        <Typography variant="body2" sx={{ mb: 1 }}>
          {implementation.pairs} pairs ({implementation.selfChosenPairs} self-chosen, {implementation.dissolvedPairs} dissolved) ·
          {' '}{implementation.sessions} meetings ({implementation.disputedSessions} disputed, left out) · meetings per pair
          {' '}{f1(implementation.meetingsPerPairMean)} ± {f1(implementation.meetingsPerPairSd)} · {implementation.hours.toFixed(1)} hours ·
          volunteer hours approved for {volunteerHours.mentorsApproved} mentors ({volunteerHours.approvedHours.toFixed(1)} h)
        </Typography>
        <Table size="small" aria-label="meetings per pair">
          <TableHead><TableRow><TableCell>Meetings per pair</TableCell><TableCell align="right">Pairs</TableCell><TableCell align="right">%</TableCell></TableRow></TableHead>
          <TableBody>
            {implementation.meetingsPerPair.map((b) => (
              <TableRow key={b.meetings}><TableCell>{b.meetings}</TableCell><TableCell align="right">{b.pairs}</TableCell>
                <TableCell align="right">{pct(b.percent)}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
        <ShareTable title="Method" rows={implementation.methods} />
        <ShareTable title="Place" rows={implementation.locations} />
        <ShareTable title="Activity" rows={implementation.activities} />
        {report.implementationFromSurvey.map((t) => <OptionTable key={t.itemId} table={t} />)}
      </Section>

      <Section title="Table 2. Satisfaction (1–5) by role, Mann-Whitney U">
        <Table size="small">
          <TableHead><TableRow><TableCell>Item</TableCell><TableCell align="right">Mentees n</TableCell><TableCell align="right">Mentees M ± SD</TableCell>
            <TableCell align="right">Mentors n</TableCell><TableCell align="right">Mentors M ± SD</TableCell><TableCell align="right">U</TableCell>
            <TableCell align="right">p exact</TableCell><TableCell align="right">p asymptotic</TableCell></TableRow></TableHead>
          <TableBody>
            {report.satisfaction.map((row) => (
              <TableRow key={row.itemId}>
                <TableCell>{row.question}</TableCell>
                <TableCell align="right">{row.figures.mentees.n}</TableCell>
                <TableCell align="right">{f1(row.figures.mentees.mean)} ± {f1(row.figures.mentees.sd)}</TableCell>
                <TableCell align="right">{row.figures.mentors.n}</TableCell>
                <TableCell align="right">{f1(row.figures.mentors.mean)} ± {f1(row.figures.mentors.sd)}</TableCell>
                <TableCell align="right">{row.figures.comparison.u ?? '—'}</TableCell>
                <TableCell align="right">{f3(row.figures.comparison.pExact)}</TableCell>
                <TableCell align="right">{f3(row.figures.comparison.pAsymptotic)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {chart && <Box component="img" src={chart} alt="Satisfaction by role: answers on the five-point scale" sx={{ maxWidth: '100%', mt: 2 }} />}
      </Section>

      <Section title="Table 3. Purposes of taking part">
        {report.purposes.map((t) => <OptionTable key={t.itemId} table={t} />)}
      </Section>
      <Section title="Table 4. The mentor's roles">
        {report.mentorRoles.map((t) => <OptionTable key={t.itemId} table={t} />)}
      </Section>

      <Section title="Themes of the open answers">
        <Typography variant="body2">Coded answers: {report.themes.codedMenteeAnswers} from mentees, {report.themes.codedMentorAnswers} from mentors.</Typography>
        <Table size="small">
          <TableHead><TableRow><TableCell>Theme / category / code</TableCell><TableCell align="right">Mentees</TableCell>
            <TableCell align="right">Mentors</TableCell></TableRow></TableHead>
          <TableBody>
            {report.themes.rows.filter((r) => r.mentors + r.mentees > 0).map((r) => (
              <TableRow key={r.key}>
                <TableCell sx={{ pl: r.level === 'THEME' ? 1 : r.level === 'CATEGORY' ? 3 : 5, fontWeight: r.level === 'THEME' ? 600 : 400 }}>{r.label}</TableCell>
                <TableCell align="right">{r.mentees} ({pct(r.menteesPercent)})</TableCell>
                <TableCell align="right">{r.mentors} ({pct(r.mentorsPercent)})</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </>
  );
}

function ShareTable({ title, rows }: { title: string; rows: Share[] }) {
  return (
    <Table size="small" aria-label={title} sx={{ mt: 1 }}>
      <TableHead><TableRow><TableCell>{title}</TableCell><TableCell align="right">Meetings</TableCell><TableCell align="right">%</TableCell>
        <TableCell align="right">Hours</TableCell></TableRow></TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.value}><TableCell>{words(r.value)}</TableCell><TableCell align="right">{r.sessions}</TableCell>
            <TableCell align="right">{pct(r.percent)}</TableCell><TableCell align="right">{r.hours.toFixed(1)}</TableCell></TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OptionTable({ table }: { table: ItemTable }) {
  return (
    <Table size="small" aria-label={words(table.itemId)} sx={{ mt: 1 }}>
      <TableHead><TableRow><TableCell>{words(table.itemId)}</TableCell><TableCell align="right">Mentees (n = {table.menteeRespondents})</TableCell>
        <TableCell align="right">Mentors (n = {table.mentorRespondents})</TableCell></TableRow></TableHead>
      <TableBody>
        {table.options.map((o) => (
          <TableRow key={o.option}><TableCell>{o.label}</TableCell><TableCell align="right">{o.mentees} ({pct(o.menteesPercent)})</TableCell>
            <TableCell align="right">{o.mentors} ({pct(o.mentorsPercent)})</TableCell></TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
