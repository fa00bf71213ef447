import { randomUUID } from 'node:crypto';
import type { ChapterInput, Chapter } from '../../shared/schema/chapter';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import { updateSettled } from './settled';

export function createChapter(session: Session, input: ChapterInput): Promise<Chapter> {
  return updateSettled(session, (data) => {
    if (data.chapter) throw new AppError('conflict', 'This data file already holds a chapter.');
    const chapter: Chapter = {
      ...input,
      id: randomUUID(),
      createdAt: session.clock().toISOString(),
    };
    return { data: { ...data, chapter }, result: chapter };
  });
}

export function updateChapter(session: Session, input: ChapterInput): Promise<Chapter> {
  return updateSettled(session, (data) => {
    if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
    const chapter: Chapter = { ...data.chapter, ...input };
    return { data: { ...data, chapter }, result: chapter };
  });
}
