import { lazy } from 'react';

// The chart library is the monitor's biggest dependency: it loads when a chart is first shown, not with the grid.
export const RatesChart = lazy(() => import('./RatesChart').then((m) => ({ default: m.RatesChart })));
export const IndicatorsChart = lazy(() => import('./IndicatorsChart').then((m) => ({ default: m.IndicatorsChart })));
