import { CustomRoutes, Admin, Layout, Menu, Resource, type LayoutProps } from 'react-admin';
import { Route } from 'react-router-dom';
import { ListSubheader } from '@mui/material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import BarChartIcon from '@mui/icons-material/BarChart';
import LabelIcon from '@mui/icons-material/Label';
import { authProvider } from './platform/authProvider';
import { roles } from './platform/session';
import { dataProvider } from './generated/dataProvider';
import type { ResourceDefinition } from './generated/openapi';
import { SERVICES } from './generated/registry';
import { GeneratedCreate, GeneratedEdit, GeneratedList, GeneratedShow } from './generated/views';
import { CycleDashboard } from './views/CycleDashboard';
import { MatchingReview } from './views/MatchingReview';
import { Statistics } from './views/Statistics';
import { CodingQueue } from './views/CodingQueue';

const has = (...wanted: string[]) => wanted.some((r) => roles().includes(r));

/** Resources the caller may list: the roles each list operation declares in the OpenAPI document. */
function visible(resources: ResourceDefinition[]) {
  return resources.filter((r) => r.listRoles.length === 0 || has(...r.listRoles));
}

function NearpeerMenu({ resources }: { resources: ResourceDefinition[] }) {
  return (
    <Menu>
      {has('coordinator') && <Menu.Item to="/" primaryText="Cycle dashboard" leftIcon={<DashboardIcon />} />}
      {has('coordinator') && <Menu.Item to="/matching-review" primaryText="Matching review" leftIcon={<CompareArrowsIcon />} />}
      {has('coordinator') && <Menu.Item to="/statistics" primaryText="Statistics" leftIcon={<BarChartIcon />} />}
      {has('coordinator', 'coder') && <Menu.Item to="/coding" primaryText="Coding queue" leftIcon={<LabelIcon />} />}
      {SERVICES.map((service) => {
        const own = resources.filter((r) => r.service === service);
        return own.length === 0 ? null : (
          <div key={service}>
            <ListSubheader disableSticky sx={{ lineHeight: 2.5, mt: 1 }}>{service}</ListSubheader>
            {own.map((r) => <Menu.ResourceItem key={r.name} name={r.name} />)}
          </div>
        );
      })}
    </Menu>
  );
}

export function App({ resources }: { resources: ResourceDefinition[] }) {
  const shown = visible(resources);
  const NearpeerLayout = (props: LayoutProps) => <Layout {...props} menu={() => <NearpeerMenu resources={shown} />} />;
  return (
    <Admin dataProvider={dataProvider} authProvider={authProvider} layout={NearpeerLayout} title="Nearpeer"
      dashboard={has('coordinator') ? CycleDashboard : undefined} requireAuth disableTelemetry>
      {shown.map((r) => (
        <Resource key={r.name} name={r.name} options={{ label: r.label }}
          list={<GeneratedList definition={r} />}
          show={r.itemPath ? <GeneratedShow definition={r} /> : undefined}
          create={r.create ? <GeneratedCreate definition={r} /> : undefined}
          edit={r.edit ? <GeneratedEdit definition={r} /> : undefined} />
      ))}
      <CustomRoutes>
        <Route path="/matching-review" element={<MatchingReview />} />
        <Route path="/statistics" element={<Statistics />} />
        <Route path="/coding" element={<CodingQueue />} />
      </CustomRoutes>
    </Admin>
  );
}
