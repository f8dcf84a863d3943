import { useEffect, useState } from 'react';
import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { json } from '../platform/http';

export type EnrollmentCycle = { id: string; semester: string; title: string; status: string };

/** The school's cycles from the enrollment service, newest first; remembers the choice in the URL hash's query. */
export function useCycles() {
  const [cycles, setCycles] = useState<EnrollmentCycle[]>();
  const [error, setError] = useState<string>();
  const reload = () => json<{ items: EnrollmentCycle[] }>('enrollment', '/api/v1/cycles?size=100')
    .then((page) => setCycles(page.items))
    .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void reload();
  }, []);
  return { cycles, error, reload };
}

export function CyclePicker({ cycles, value, onChange }: { cycles: EnrollmentCycle[] | undefined; value: string; onChange: (id: string) => void }) {
  return (
    <FormControl sx={{ minWidth: 260 }} size="small">
      <InputLabel id="cycle-picker-label">Cycle</InputLabel>
      <Select labelId="cycle-picker-label" label="Cycle" value={value} onChange={(e) => onChange(e.target.value)} inputProps={{ 'data-testid': 'cycle-picker' }}>
        {(cycles ?? []).map((c) => (
          <MenuItem key={c.id} value={c.id}>{c.semester} — {c.status}</MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
