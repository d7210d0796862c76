import { type ComponentType, createElement, lazy } from 'react';

/**
 * A lazily loaded page whose code can be fetched ahead. Once loaded it renders without suspending: a page behind
 * React.lazy suspends on its first render even when its code is already here, and React then holds the page back
 * behind the fallback for its reveal throttle (300 ms).
 */
export function preloadablePage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load().then((page) => (loaded = page)));
  const Lazy = lazy(() => preload().then((page) => ({ default: page })));
  const Page = (props: P) => createElement(loaded ?? (Lazy as ComponentType<P>), props);
  return Object.assign(Page, { preload });
}
