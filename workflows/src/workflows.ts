export { planWorkflow } from './plan';
