import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Link, Title, useNotify } from 'react-admin';
import { download, json } from '../platform/http';
import { CyclePicker, useCycles } from './CyclePicker';

const STAGES = ['DRAFT', 'OPEN', 'MATCHING', 'RUNNING', 'EVALUATING', 'CLOSED'];

type Counts = { mentees: number; mentors: number; withdrawn: number };
type Campaign = { id: string; status: string; overall: { invited: number; responded: number; rate: number | null } };
type Nudges = { inactivePairs: { pairId: string; mentorId: string; menteeId: string; daysWithoutSession: number }[];
  examReviewReminders: { examOn: string; title: string }[] };
type MentorHours = { mentorId: string; confirmedMinutes: number; confirmedSessions: number; approvedMinutes: number | null };

/**
 * One cycle at a glance: its stage (and the button to the next one), applications, pairs,
 * response rate, inactive pairs and exam reminders, and the mentors' volunteer hours to approve.
 */
export function CycleDashboard() {
  const notify = useNotify();
  const { cycles, error, reload } = useCycles();
  const [cycleId, setCycleId] = useState('');
  const [counts, setCounts] = useState<Counts>();
  const [pairs, setPairs] = useState<number>();
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [nudges, setNudges] = useState<Nudges>();
  const [hours, setHours] = useState<MentorHours[]>([]);
  const [flagged, setFlagged] = useState<number>();
  const [busy, setBusy] = useState(false);
  const cycle = cycles?.find((c) => c.id === cycleId);

  useEffect(() => {
    if (!cycleId && cycles?.length) setCycleId(cycles[0].id);
  }, [cycles, cycleId]);

  const load = useCallback(async (id: string) => {
    const total = (query: string) => json<{ totalItems: number }>('enrollment', `/api/v1/cycles/${id}/applications?size=1&${query}`).then((p) => p.totalItems);
    const [mentees, mentors, withdrawn] = await Promise.all([total('role=MENTEE&status=SUBMITTED'), total('role=MENTOR&status=SUBMITTED'),
      total('status=WITHDRAWN')]);
    setCounts({ mentees, mentors, withdrawn });
    json<{ status: string }[]>('matching', `/api/v1/cycles/${id}/pairs`).then((p) => setPairs(p.filter((x) => x.status === 'CONFIRMED').length))
      .catch(() => setPairs(undefined));
    json<Campaign[]>('survey', `/api/v1/cycles/${id}/campaigns`).then(setCampaigns).catch(() => setCampaigns([]));
    json<Nudges>('session', `/api/v1/cycles/${id}/nudges`).then(setNudges).catch(() => setNudges(undefined));
    json<MentorHours[]>('session', `/api/v1/cycles/${id}/volunteer-hours`).then(setHours).catch(() => setHours([]));
    json<{ totalItems: number }>('analytics', `/api/v1/coding/answers?cycleId=${id}&flagged=true&size=1`).then((p) => setFlagged(p.totalItems))
      .catch(() => setFlagged(undefined));
  }, []);

  useEffect(() => {
    if (cycleId) load(cycleId).catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [cycleId, load, notify]);

  const next = cycle ? STAGES[STAGES.indexOf(cycle.status) + 1] : undefined;
  const advance = async () => {
    setBusy(true);
    try {
      await json('enrollment', `/api/v1/cycles/${cycleId}/stage`, { method: 'POST', body: JSON.stringify({ stage: next }) });
      notify(`The cycle is ${next}`, { type: 'success' });
      await reload();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const approve = async (mentorId: string) => {
    try {
      await json('session', `/api/v1/cycles/${cycleId}/volunteer-hours/${encodeURIComponent(mentorId)}/approval`, { method: 'POST', body: '{}' });
      notify('Volunteer hours approved', { type: 'success' });
      await load(cycleId);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };

  const campaign = campaigns[campaigns.length - 1];
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="Cycle dashboard" />
      {error && <Alert severity="error">{error}</Alert>}
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <CyclePicker cycles={cycles} value={cycleId} onChange={setCycleId} />
            {next && <Button variant="contained" disabled={busy} onClick={advance}>Move to {next.toLowerCase()}</Button>}
            <Link to="/enrollment-cycles/create">New cycle</Link>
          </Box>
          {busy && <LinearProgress aria-label="changing the stage" />}
          {cycle && (
            <Stepper activeStep={STAGES.indexOf(cycle.status)} alternativeLabel aria-label="stage">
              {STAGES.map((s) => <Step key={s}><StepLabel>{s.toLowerCase()}</StepLabel></Step>)}
            </Stepper>
          )}
        </CardContent>
      </Card>
      {cycle && (
        <Grid container spacing={2}>
          <Tile title="Applications" value={counts ? `${counts.mentees} mentees · ${counts.mentors} mentors` : '…'}
            detail={counts?.withdrawn ? `${counts.withdrawn} withdrawn` : undefined} />
          <Tile title="Confirmed pairs" value={pairs === undefined ? '—' : String(pairs)} />
          <Tile title="Response rate" value={campaign?.overall.rate != null ? `${(100 * campaign.overall.rate).toFixed(1)} %` : '—'}
            detail={campaign ? `${campaign.overall.responded} of ${campaign.overall.invited}, campaign ${campaign.status.toLowerCase()}` : 'no campaign yet'} />
          <Tile title="Inactive pairs" value={nudges ? String(nudges.inactivePairs.length) : '—'}
            detail={nudges?.examReviewReminders.length ? `exam review due: ${nudges.examReviewReminders.map((r) => r.title).join(', ')}` : undefined} />
          <Tile title="Alerts" value={flagged === undefined ? '—' : String(flagged)}
            detail={flagged ? 'open answers flagged for the coordinators (see Coding answers)' : 'no flagged open answers'} />
          <Grid size={{ xs: 12 }}>
            <Card component="section" aria-label="Volunteer hours">
              <CardContent sx={{ overflowX: 'auto' }}>
                <Typography variant="h6" component="h2">Volunteer hours</Typography>
                {hours.length === 0 && <Typography color="text.secondary">No confirmed meetings yet.</Typography>}
                {hours.map((h) => (
                  <Box key={h.mentorId} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', py: 0.5 }}>
                    <Typography sx={{ minWidth: 280 }}>{h.mentorId}</Typography>
                    <Typography>{(h.confirmedMinutes / 60).toFixed(1)} h in {h.confirmedSessions} meetings</Typography>
                    {h.approvedMinutes == null
                      ? <Button size="small" onClick={() => approve(h.mentorId)}>Approve</Button>
                      : <Typography color="success.main">approved</Typography>}
                    <Button size="small" onClick={() => download('session', `/api/v1/cycles/${cycleId}/volunteer-hours/${encodeURIComponent(h.mentorId)}/statement`,
                      `volunteer-hours-${h.mentorId}.pdf`)}>Statement (PDF)</Button>
                  </Box>
                ))}
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      )}
    </Box>
  );
}

function Tile({ title, value, detail }: { title: string; value: string; detail?: string }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4, lg: 2.4 }}>
      <Card component="section" aria-label={title}>
        <CardContent>
          <Typography variant="overline" component="h2">{title}</Typography>
          <Typography variant="h5">{value}</Typography>
          {detail && <Typography variant="body2" color="text.secondary">{detail}</Typography>}
        </CardContent>
      </Card>
    </Grid>
  );
}
