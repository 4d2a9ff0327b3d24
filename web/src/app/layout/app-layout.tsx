import { Drawer, Grid, Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { LiveEventsProvider } from '../../features/live-events/live-events-provider';
import { SelectedRegionProvider } from '../../features/regions/selected-region-provider';
import { AppHeader } from './app-header';
import { SideNav } from './side-nav';

// Alarm notifications and live monitoring refreshes on every page; lazy so the shell's chunk stays lean.
const MonitoringLive = lazy(() => import('../../features/monitoring/live/monitoring-live').then((m) => ({ default: m.MonitoringLive })));

const SIDER_COLLAPSED_KEY = 'shouwang.sider.collapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(SIDER_COLLAPSED_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Desktop: a collapsible sider. Phones: the same menu in a drawer, so the map gets the full width. */
export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const toggleNav = () => {
    if (compact) {
      setDrawerOpen((open) => !open);
      return;
    }
    setCollapsed((value) => {
      try {
        window.localStorage.setItem(SIDER_COLLAPSED_KEY, String(!value));
      } catch {
        // only this page remembers it
      }
      return !value;
    });
  };

  return (
    <SelectedRegionProvider>
      <LiveEventsProvider>
        <Suspense fallback={null}>
          <MonitoringLive />
        </Suspense>
        <Layout className="sw-app">
          <AppHeader compact={compact} navOpen={compact ? drawerOpen : !collapsed} onToggleNav={toggleNav} />
          <Layout className="sw-body">
            {!compact && (
              <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={208} collapsedWidth={64} className="sw-sider">
                <SideNav />
              </Layout.Sider>
            )}
            {compact && (
              <Drawer
                placement="left"
                open={drawerOpen}
                onClose={() => setDrawerOpen(false)}
                size={240}
                className="sw-nav-drawer"
                styles={{ body: { padding: 0 } }}
                closable={false}
              >
                <SideNav onNavigate={() => setDrawerOpen(false)} />
              </Drawer>
            )}
            <Layout.Content className="sw-content">
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </LiveEventsProvider>
    </SelectedRegionProvider>
  );
}
