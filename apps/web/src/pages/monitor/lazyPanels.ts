import { lazy } from 'react';

// The tabs other than the grid, and the unit drawer, load when first opened: they bring antd's Table and the rest,
// which the grid's first screen does not need.
export const RatesPanel = lazy(() => import('./RatesPanel').then((m) => ({ default: m.RatesPanel })));
export const IndicatorsPanel = lazy(() => import('./IndicatorsPanel').then((m) => ({ default: m.IndicatorsPanel })));
export const TimelinePanel = lazy(() => import('./TimelinePanel').then((m) => ({ default: m.TimelinePanel })));
export const OverduePanel = lazy(() => import('./OverduePanel').then((m) => ({ default: m.OverduePanel })));
export const UnitDrawer = lazy(() => import('./UnitDrawer').then((m) => ({ default: m.UnitDrawer })));
