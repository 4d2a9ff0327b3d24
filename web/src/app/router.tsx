import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner';
import { LoginPage } from '../features/auth/login-page';
import { RequireAuth } from '../features/auth/require-auth';
import { ModulePlaceholderPage } from '../features/placeholders/module-placeholder-page';
import { APP_MODULES } from './modules';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { UnauthorizedRedirect } from './unauthorized-redirect';

// The login page must not wait for the shell's widgets, nor MapLibre (most of the bundle).
const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));
const OneMapPage = lazy(() => import('../features/one-map/one-map-page').then((m) => ({ default: m.OneMapPage })));
const MonitoringPage = lazy(() => import('../features/monitoring/monitoring-page').then((m) => ({ default: m.MonitoringPage })));
const EnterprisesPage = lazy(() => import('../features/enterprises/enterprises-page').then((m) => ({ default: m.EnterprisesPage })));
const ResourcesPage = lazy(() => import('../features/resources/resources-page').then((m) => ({ default: m.ResourcesPage })));
const WarningsPage = lazy(() => import('../features/warnings/warnings-page').then((m) => ({ default: m.WarningsPage })));
const CalloutBoardPage = lazy(() => import('../features/warnings/callout/board/callout-board-page').then((m) => ({ default: m.CalloutBoardPage })));
const MyCalloutsPage = lazy(() => import('../features/warnings/callout/mine/my-callouts-page').then((m) => ({ default: m.MyCalloutsPage })));
const PublicWarningsPage = lazy(() => import('../features/warnings/public/public-warnings-page').then((m) => ({ default: m.PublicWarningsPage })));
const DutyPage = lazy(() => import('../features/duty/duty-page').then((m) => ({ default: m.DutyPage })));
const IncidentsPage = lazy(() => import('../features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })));
const SystemPage = lazy(() => import('../features/system/system-page').then((m) => ({ default: m.SystemPage })));

function Root() {
  return (
    <>
      <UnauthorizedRedirect />
      <Outlet />
    </>
  );
}

const lazyPage = (page: React.ReactNode) => <Suspense fallback={<FullPageSpinner />}>{page}</Suspense>;

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      // For the public: no sign-in, no shell.
      { path: '/public/warnings', element: lazyPage(<PublicWarningsPage />) },
      {
        element: <RequireAuth />,
        children: [
          {
            element: lazyPage(<AppLayout />),
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/map" replace /> },
              { path: 'map', element: lazyPage(<OneMapPage />) },
              { path: 'monitoring', element: lazyPage(<MonitoringPage />) },
              { path: 'warnings', element: lazyPage(<WarningsPage />) },
              { path: 'duty', element: lazyPage(<DutyPage />) },
              { path: 'incidents', element: lazyPage(<IncidentsPage />) },
              { path: 'warnings/mine', element: lazyPage(<MyCalloutsPage />) },
              { path: 'warnings/:id/callout', element: lazyPage(<CalloutBoardPage />) },
              { path: 'resources', element: lazyPage(<ResourcesPage />) },
              { path: 'enterprises', element: lazyPage(<EnterprisesPage />) },
              { path: 'system', element: lazyPage(<SystemPage />) },
              ...APP_MODULES.filter((m) => !m.built).map((m) => ({
                path: m.path.slice(1),
                element: <ModulePlaceholderPage titleKey={m.titleKey} descriptionKey={m.descriptionKey} />,
              })),
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
