/** The plan whose grid `preloadRoute` fetched for the address the app opened with, until a page first shows a grid. */
let preloadedPlanId: string | undefined;

export function markGridPreloaded(planId: string): void {
  preloadedPlanId = planId;
}

/** True once, for the first showing of the preloaded plan's grid; any page that shows a grid ends the preload's turn. */
export function takePreloadedGrid(planId: string): boolean {
  const isPreloaded = preloadedPlanId === planId;
  preloadedPlanId = undefined;
  return isPreloaded;
}

/**
 * How the monitor page reads its grid: data under a second old is fresh, and on its first showing the preloaded grid
 * is taken as it is, however long the app took to start after it arrived (it was fetched for this very showing).
 */
export function gridFetchOptions(isPreloaded: boolean) {
  return { staleTime: 1_000, refetchOnMount: !isPreloaded };
}
