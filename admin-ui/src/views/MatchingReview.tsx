import { useCallback, useEffect, useState } from 'react';
import {
  Box, Button, Card, CardContent, Checkbox, Chip, CircularProgress, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { Title, useNotify } from 'react-admin';
import { json } from '../platform/http';
import { CyclePicker, useCycles } from './CyclePicker';

type Proposal = { pairId: string; menteeId: string; mentorId: string; score: number; breakdown: Record<string, number> };
type Run = { id: string; dryRun: boolean; createdAt: string;
  report: { candidatesMentees: number; candidatesMentors: number; lockedPairs: number; proposals: Proposal[];
    unmatched: { participantId: string; role: string; reason: string }[]; totalScore: number; solveMillis: number } };
type Pair = { id: string; menteeId: string; mentorId: string; origin: string; status: string; score: number | null };

/**
 * Matching review: run the matching (self-chosen pairs stay as they are), read each proposal's
 * score breakdown and who is left unmatched and why, then approve all or some.
 */
export function MatchingReview() {
  const notify = useNotify();
  const { cycles } = useCycles();
  const [cycleId, setCycleId] = useState('');
  const [pool, setPool] = useState<{ mentees: number; mentors: number }>();
  const [runs, setRuns] = useState<Run[]>([]);
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<string>();

  const load = useCallback(async (id: string) => {
    if (!id) return;
    const [p, r, confirmed] = await Promise.all([
      json<{ mentees: number; mentors: number }>('matching', `/api/v1/cycles/${id}/pool`),
      json<Run[]>('matching', `/api/v1/cycles/${id}/match-runs`),
      json<Pair[]>('matching', `/api/v1/cycles/${id}/pairs`),
    ]);
    setPool(p);
    setRuns(r);
    setPairs(confirmed);
    setSelected([]);
  }, []);

  useEffect(() => {
    load(cycleId).catch((e: Error) => notify(e.message, { type: 'error' }));
  }, [cycleId, load, notify]);

  const latest = runs[0];
  const proposedIds = new Set(pairs.filter((p) => p.status === 'PROPOSED').map((p) => p.id));
  const open = latest ? latest.report.proposals.filter((p) => proposedIds.has(p.pairId)) : [];

  const act = async (what: string, work: () => Promise<unknown>) => {
    setBusy(what);
    try {
      await work();
      notify(`${what}: done`, { type: 'success' });
      await load(cycleId);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(undefined);
    }
  };

  const run = (dryRun: boolean) => act(dryRun ? 'Trial run' : 'Matching', () =>
    json('matching', `/api/v1/cycles/${cycleId}/match-runs`, { method: 'POST', body: JSON.stringify({ dryRun }) }));
  const approve = (pairIds: string[]) => act('Approval', () =>
    json('matching', `/api/v1/match-runs/${latest!.id}/approval`, { method: 'POST', body: JSON.stringify({ pairIds }) }));

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="Matching review" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <CyclePicker cycles={cycles} value={cycleId} onChange={setCycleId} />
          {pool && <Typography>Candidates: {pool.mentees} mentees, {pool.mentors} mentors · confirmed pairs: {pairs.filter((p) => p.status === 'CONFIRMED').length}</Typography>}
          <Button variant="contained" disabled={!cycleId || !!busy} onClick={() => run(false)}>Run matching</Button>
          <Button variant="outlined" disabled={!cycleId || !!busy} onClick={() => run(true)}>Trial run</Button>
        </CardContent>
        {busy && <LinearProgress aria-label={`${busy} in progress`} />}
      </Card>
      {cycleId && !pool && <CircularProgress aria-label="loading" />}
      {latest && (
        <Card sx={{ mb: 2 }} component="section" aria-label="Proposals">
          <CardContent sx={{ overflowX: 'auto' }}>
            <Typography variant="h6" component="h2">
              {latest.dryRun ? 'Trial run' : 'Latest run'} of {new Date(latest.createdAt).toLocaleString()}: {latest.report.proposals.length} proposals,
              total score {latest.report.totalScore}, {latest.report.lockedPairs} confirmed pairs kept, solved in {latest.report.solveMillis.toFixed(0)} ms
            </Typography>
            {!latest.dryRun && open.length > 0 && (
              <Box sx={{ display: 'flex', gap: 1, my: 1 }}>
                <Button variant="contained" disabled={!!busy} onClick={() => approve([])}>Approve all {open.length}</Button>
                <Button variant="outlined" disabled={!!busy || selected.length === 0} onClick={() => approve(selected)}>
                  Approve {selected.length} selected
                </Button>
              </Box>
            )}
            <Table size="small">
              <TableHead><TableRow><TableCell padding="checkbox" /><TableCell>Mentee</TableCell><TableCell>Mentor</TableCell>
                <TableCell align="right">Score</TableCell><TableCell>Breakdown</TableCell><TableCell>Status</TableCell></TableRow></TableHead>
              <TableBody>
                {latest.report.proposals.map((p) => {
                  const pending = proposedIds.has(p.pairId);
                  return (
                    <TableRow key={p.pairId}>
                      <TableCell padding="checkbox">
                        {pending && !latest.dryRun && (
                          <Checkbox checked={selected.includes(p.pairId)} slotProps={{ input: { 'aria-label': `select the pair of ${p.menteeId}` } }}
                            onChange={() => setSelected((s) => (s.includes(p.pairId) ? s.filter((x) => x !== p.pairId) : [...s, p.pairId]))} />
                        )}
                      </TableCell>
                      <TableCell>{p.menteeId}</TableCell>
                      <TableCell>{p.mentorId}</TableCell>
                      <TableCell align="right">{p.score}</TableCell>
                      <TableCell>{Object.entries(p.breakdown).map(([k, v]) => <Chip key={k} size="small" label={`${k} ${v}`} sx={{ mr: 0.5 }} />)}</TableCell>
                      <TableCell>{latest.dryRun ? 'trial' : pending ? 'proposed' : pairs.find((x) => x.id === p.pairId)?.status.toLowerCase() ?? '—'}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {latest.report.unmatched.length > 0 && (
              <>
                <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>Unmatched</Typography>
                <Table size="small">
                  <TableHead><TableRow><TableCell>Participant</TableCell><TableCell>Role</TableCell><TableCell>Reason</TableCell></TableRow></TableHead>
                  <TableBody>
                    {latest.report.unmatched.map((u) => (
                      <TableRow key={u.participantId}><TableCell>{u.participantId}</TableCell><TableCell>{u.role}</TableCell><TableCell>{u.reason}</TableCell></TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </CardContent>
        </Card>
      )}
      {cycleId && pool && !latest && <Typography>No matching run yet for this cycle.</Typography>}
    </Box>
  );
}
