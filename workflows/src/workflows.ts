export { planWorkflow } from './plan';
export { adhocFanOutWorkflow } from './adhocFanOut';
