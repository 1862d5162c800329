// Every id the extension contributes, in one place. A unit test checks package.json against it.

export const EXTENSION_ID = 'interview-prep.interview-prep';

export const Commands = {
  refreshQuestions: 'interviewPrep.refreshQuestions',
  openQuestion: 'interviewPrep.openQuestion',
  scaffoldExercise: 'interviewPrep.scaffoldExercise',
  runExerciseTests: 'interviewPrep.runExerciseTests',
  openProblem: 'interviewPrep.openProblem',
  showOutput: 'interviewPrep.showOutput',
  groupQuestions: 'interviewPrep.groupQuestions',
  filterQuestions: 'interviewPrep.filterQuestions',
  clearFilter: 'interviewPrep.clearFilter',
  openQuestionFile: 'interviewPrep.openQuestionFile',
  copyQuestionId: 'interviewPrep.copyQuestionId',
  copyQuestionLink: 'interviewPrep.copyQuestionLink',
  startDrill: 'interviewPrep.startDrill',
  drillGroup: 'interviewPrep.drillGroup',
  showDrill: 'interviewPrep.showDrill',
  reviewDue: 'interviewPrep.reviewDue',
  resetQuestionProgress: 'interviewPrep.resetQuestionProgress',
  resetAllProgress: 'interviewPrep.resetAllProgress',
  exportProgress: 'interviewPrep.exportProgress',
  importProgress: 'interviewPrep.importProgress',
  shareProgress: 'interviewPrep.shareProgress',
  startMock: 'interviewPrep.startMock',
  stopMock: 'interviewPrep.stopMock',
  startTimedExercise: 'interviewPrep.startTimedExercise',
  resetExercise: 'interviewPrep.resetExercise',
  reSolveExercise: 'interviewPrep.reSolveExercise',
  showExerciseHint: 'interviewPrep.showExerciseHint',
  newQuestion: 'interviewPrep.newQuestion',
  importQuestions: 'interviewPrep.importQuestions',
  exportForAnki: 'interviewPrep.exportForAnki',
  showDashboard: 'interviewPrep.showDashboard',
  planInterview: 'interviewPrep.planInterview',
  todaysPlan: 'interviewPrep.todaysPlan',
  getStarted: 'interviewPrep.getStarted',
  chooseLanguageModel: 'interviewPrep.chooseLanguageModel',
  gradeAnswer: 'interviewPrep.gradeAnswer',
  reviewSolution: 'interviewPrep.reviewSolution',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Views = {
  container: 'interviewPrep',
  questions: 'interviewPrep.questions',
} as const;

/** The Get Started walkthrough, opened as `<extension id>#<walkthrough id>`. */
export const Walkthroughs = {
  getStarted: 'interviewPrep.getStarted',
  chooseLanguageModel: 'interviewPrep.chooseLanguageModel',
  gradeAnswer: 'interviewPrep.gradeAnswer',
} as const;

/** Chat participants contributed in package.json `chatParticipants`. */
export const ChatParticipants = {
  interviewer: 'interviewPrep.interviewer',
} as const;

/** The @interviewer participant's slash commands, as declared in package.json. */
export const InterviewerCommands = {
  quiz: 'quiz',
  mock: 'mock',
  grade: 'grade',
  explain: 'explain',
} as const;

export const Panels = {
  drill: 'interviewPrep.drill',
  dashboard: 'interviewPrep.dashboard',
} as const;

export const Settings = {
  section: 'interviewPrep',
  bankFolders: 'bankFolders',
  exercisesFolder: 'exercisesFolder',
  defaultTimeMinutes: 'defaultTimeMinutes',
  pythonCommand: 'pythonCommand',
  nodeCommand: 'nodeCommand',
  historyPerWorkspace: 'historyPerWorkspace',
  historyFolder: 'historyFolder',
  testCommands: 'testCommands',
  runTestsOnSave: 'runTestsOnSave',
  interviewConditions: 'interviewConditions',
  aiInterviewer: 'aiInterviewer',
  languageModelVendor: 'languageModelVendor',
  languageModelFamily: 'languageModelFamily',
  dailyPlanItems: 'dailyPlanItems',
} as const;

export const StateKeys = {
  drillTimer: 'interviewPrep.drillTimer',
  exerciseLanguage: 'interviewPrep.exerciseLanguage',
  treeGroupBy: 'interviewPrep.treeGroupBy',
  treeFilter: 'interviewPrep.treeFilter',
  mockRun: 'interviewPrep.mockRun',
  interviewConditions: 'interviewPrep.interviewConditions',
  studyPlan: 'interviewPrep.studyPlan',
  /** This profile's name for its log in a shared history folder; never synced. */
  machineId: 'interviewPrep.machineId',
} as const;

/** globalState keys that Settings Sync carries between the user's machines (the history itself goes through the shared folder). */
export const SYNCED_STATE_KEYS: readonly string[] = [StateKeys.studyPlan, StateKeys.exerciseLanguage];

/** Schemes of the read-only documents the extension provides. */
export const Schemes = {
  /** A solution review, shown in the markdown preview. */
  review: 'interview-prep-review',
} as const;

/** Context keys set with `setContext`, read in package.json `when` clauses. */
export const ContextKeys = {
  filterActive: 'interviewPrep.filterActive',
  bankEmpty: 'interviewPrep.bankEmpty',
  /** A language model is present (and the interviewer is on): re-checked when models or settings change. */
  languageModelAvailable: 'interviewPrep.languageModelAvailable',
} as const;

/** The workspace folder that a workspace's own questions live in, next to the configured banks. */
export const WORKSPACE_BANK_FOLDER = '.interview-prep/questions';
