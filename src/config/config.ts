// The extension's settings, read typed in one place. A blank or mistyped value falls back to its default.
import * as vscode from 'vscode';
import { Settings as SettingIds } from '../ids';
import { SETTING_DEFAULTS, type Settings } from './defaults';

type Name = keyof Settings;

const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const VALID: { [K in Name]: (value: unknown) => value is Settings[K] } = {
  bankFolders: (value): value is string[] => Array.isArray(value),
  exercisesFolder: isString,
  defaultTimeMinutes: (value): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0,
  pythonCommand: isString,
  nodeCommand: isString,
  historyPerWorkspace: (value): value is boolean => typeof value === 'boolean',
  historyFolder: (value): value is string => typeof value === 'string',
  testCommands: (value): value is Settings['testCommands'] => typeof value === 'object' && value !== null && !Array.isArray(value),
  runTestsOnSave: (value): value is boolean => typeof value === 'boolean',
  interviewConditions: (value): value is boolean => typeof value === 'boolean',
  aiInterviewer: (value): value is boolean => typeof value === 'boolean',
  languageModelVendor: (value): value is string => typeof value === 'string',
  languageModelFamily: (value): value is string => typeof value === 'string',
  dailyPlanItems: (value): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1,
};

/** One setting's value now. */
export function setting<K extends Name>(name: K, scope?: vscode.ConfigurationScope): Settings[K] {
  const value = vscode.workspace.getConfiguration(SettingIds.section, scope).get<unknown>(SettingIds[name]);
  return VALID[name](value) ? value : SETTING_DEFAULTS[name];
}

/** Whether a configuration change touches any of `names`. */
export function affects(event: vscode.ConfigurationChangeEvent, ...names: Name[]): boolean {
  return names.some((name) => event.affectsConfiguration(`${SettingIds.section}.${SettingIds[name]}`));
}
