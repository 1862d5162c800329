// Every setting's default, once. Pure: the bank core and the scaffold plan use these too; a unit test
// checks them against package.json.
import type { Language } from '../bank/model';

export interface Settings {
  bankFolders: string[];
  exercisesFolder: string;
  defaultTimeMinutes: number;
  pythonCommand: string;
  nodeCommand: string;
  historyPerWorkspace: boolean;
  /** Blank: the history stays on this machine. */
  historyFolder: string;
  testCommands: Partial<Record<Language, string>>;
  runTestsOnSave: boolean;
  interviewConditions: boolean;
  aiInterviewer: boolean;
  /** Blank: any vendor. */
  languageModelVendor: string;
  /** Blank: any family. */
  languageModelFamily: string;
  dailyPlanItems: number;
}

export const SETTING_DEFAULTS: Readonly<Settings> = {
  bankFolders: [],
  exercisesFolder: 'interview-exercises',
  defaultTimeMinutes: 10,
  pythonCommand: 'python3',
  nodeCommand: 'node',
  historyPerWorkspace: false,
  historyFolder: '',
  testCommands: {},
  runTestsOnSave: false,
  interviewConditions: true,
  aiInterviewer: true,
  languageModelVendor: '',
  languageModelFamily: '',
  dailyPlanItems: 15,
};
