/**
 * This build's version, as package.json has it (a unit test keeps the two in step). The
 * chapter file records it as `writtenBy`, so a file from a newer Chapterhouse can say
 * which version wrote it.
 */
export const APP_VERSION = '0.1.0';
