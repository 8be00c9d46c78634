export { fillTemplate, placeholdersOf } from './template';
export {
  NOTICE_TEXT_DEFINITIONS, NOTICE_TEXT_KEYS, NOTICE_TEXTS, noticeTextsFor, resolveNoticeTexts,
  type NoticeTextDefinition, type NoticeTextKey, type NoticeTexts,
} from './texts';
export { buildNoticeModel, type DismissScope, type NoticeModel } from './model';
export { organizationKey } from './organization-key';
