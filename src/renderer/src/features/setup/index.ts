/** What other features use from setup (import it as `../setup`, never a file inside). */
export { ChapterForm } from './ChapterForm';
