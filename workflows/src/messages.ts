import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PlanContent, PlanIssue, PlanProgress } from './types';

export const taskQueue = 'cascade';

export interface SaveDraftInput {
  actorId: string;
  /** The draft version the officer edited; an older one is stale. */
  baseVersion: number;
  title: string;
  content: PlanContent;
}

export interface IssuePlanInput {
  actorId: string;
  /** The draft version the leader approved for issuing. */
  draftVersion: number;
  issue: PlanIssue;
}

export const saveDraftUpdate = defineUpdate<{ version: number }, [SaveDraftInput]>('saveDraft');
export const issuePlanUpdate = defineUpdate<{ issuedAt: string }, [IssuePlanInput]>('issuePlan');
export const progressQuery = defineQuery<PlanProgress>('progress');
