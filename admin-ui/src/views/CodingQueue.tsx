import { useEffect, useState } from 'react';
import {
  Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormGroup, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, TextField,
  Typography,
} from '@mui/material';
import { Link, Title, useNotify } from 'react-admin';
import { json } from '../platform/http';
import { roles } from '../platform/session';

type Claim = { codingId: string; answerId: string; itemId: string; role: string; text: string; expiresAt: string };
type Code = { key: string; label: string; level: string; description?: string; retiredInVersion?: number | null };
type Agreement = { firstCoder: string; secondCoder: string; answers: number; identicalCodeSets: number | null;
  overall: { kappa: number | null; alpha: number | null; percent: number | null } };

/** The coder's queue: claim the next open answer, tick the codebook's codes, add a memo, submit; coordinators also see κ. */
export function CodingQueue() {
  const notify = useNotify();
  const [codes, setCodes] = useState<Code[]>([]);
  const [claim, setClaim] = useState<Claim | null>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  const [agreement, setAgreement] = useState<Agreement[]>();

  useEffect(() => {
    json<{ codes: Code[] }>('analytics', '/api/v1/codebook').then((book) => setCodes(book.codes.filter((c) => c.level === 'CODE' && c.retiredInVersion == null)))
      .catch((e: Error) => notify(e.message, { type: 'error' }));
    if (roles().includes('coordinator')) {
      json<Agreement[]>('analytics', '/api/v1/coding/agreement').then(setAgreement).catch(() => setAgreement(undefined));
    }
  }, [notify]);

  const next = async () => {
    setBusy(true);
    try {
      const claimed = await json<Claim | undefined>('analytics', '/api/v1/coding/claims', { method: 'POST', body: '{}' });
      setClaim(claimed ?? null);
      setChosen([]);
      setMemo('');
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!claim) return;
    setBusy(true);
    try {
      await json('analytics', `/api/v1/coding/claims/${claim.codingId}`, { method: 'PUT', body: JSON.stringify({ codes: chosen, memo: memo || undefined }) });
      notify('Coded', { type: 'success' });
      await next();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="Coding queue" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Button variant="contained" onClick={next} disabled={busy}>{claim ? 'Skip to the next answer' : 'Claim the next answer'}</Button>
          {roles().includes('coordinator') && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              Answers whose two coders disagree wait for you under{' '}
              <Link to={`/analytics-coding-answers?filter=${encodeURIComponent(JSON.stringify({ status: 'ADJUDICATION' }))}`}>adjudication</Link>.
            </Typography>
          )}
          {busy && <LinearProgress sx={{ mt: 1 }} aria-label="working" />}
          {claim === null && <Typography sx={{ mt: 2 }}>Nothing left to code.</Typography>}
          {claim && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="overline">{claim.itemId.replace(/_/g, ' ')} · {claim.role.toLowerCase()}</Typography>
              <Typography variant="body1" component="blockquote" sx={{ borderLeft: '4px solid #ccc', pl: 2, my: 1 }}>{claim.text}</Typography>
              <FormGroup>
                {codes.map((c) => (
                  <FormControlLabel key={c.key} label={`${c.label} — ${c.key}`} control={
                    <Checkbox checked={chosen.includes(c.key)} onChange={() => setChosen((s) => (s.includes(c.key) ? s.filter((x) => x !== c.key) : [...s, c.key]))} />} />
                ))}
              </FormGroup>
              <TextField label="Memo" value={memo} onChange={(e) => setMemo(e.target.value)} fullWidth multiline sx={{ my: 1 }} />
              <Button variant="contained" onClick={submit} disabled={busy}>Submit codes</Button>
            </Box>
          )}
        </CardContent>
      </Card>
      {agreement && agreement.length > 0 && (
        <Card component="section" aria-label="Agreement between coders">
          <CardContent sx={{ overflowX: 'auto' }}>
            <Typography variant="h6" component="h2">Agreement between coders</Typography>
            <Table size="small">
              <TableHead><TableRow><TableCell>Coders</TableCell><TableCell align="right">Answers</TableCell><TableCell align="right">κ</TableCell>
                <TableCell align="right">α</TableCell><TableCell align="right">% agreement</TableCell></TableRow></TableHead>
              <TableBody>
                {agreement.map((a) => (
                  <TableRow key={a.firstCoder + a.secondCoder}><TableCell>{a.firstCoder} / {a.secondCoder}</TableCell><TableCell align="right">{a.answers}</TableCell>
                    <TableCell align="right">{a.overall.kappa?.toFixed(2) ?? '—'}</TableCell><TableCell align="right">{a.overall.alpha?.toFixed(2) ?? '—'}</TableCell>
                    <TableCell align="right">{a.overall.percent?.toFixed(1) ?? '—'}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
