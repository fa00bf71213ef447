export * from './outcomes';
export * from './meetingVotes';
export * from './minutes';
export * from './platform';
export * from './pointsOfOrder';
export * from './candidates';
export * from './settle';
