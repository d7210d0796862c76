export { simulate, type SimulateOptions } from './simulate';
export { validateScenario } from './validateScenario';
export { ScenarioError } from './scenarioError';
export type { Scenario } from './scenarioSchema';
export type * from './simulationResult';
