export { DevicesPanel } from './DevicesPanel';
export { JoinChapter } from './JoinChapter';
