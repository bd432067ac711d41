// The regular expressions of Pact JS's "validated regex" matchers (email, ipv4Address, …). They
// are part of the pact files users already have, so they are kept character for character: a
// provider verified against an older pact sees identical rules.
export const EMAIL_FORMAT = '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+.[a-zA-Z]{2,}$';
export const ISO8601_DATE_FORMAT =
  '^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))?)$';
export const ISO8601_DATETIME_FORMAT = '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d([+-][0-2]\\d:[0-5]\\d|Z)$';
export const ISO8601_DATETIME_WITH_MILLIS_FORMAT =
  '^\\d{4}-[01]\\d-[0-3]\\dT[0-2]\\d:[0-5]\\d:[0-5]\\d\\.\\d+([+-][0-2]\\d(:?[0-5]\\d)?|Z)$';
export const ISO8601_TIME_FORMAT = '^(T\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(([+-]\\d\\d:\\d\\d)|Z)?)?$';
export const RFC1123_TIMESTAMP_FORMAT =
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\\s\\d{2}\\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s\\d{4}\\s\\d{2}:\\d{2}:\\d{2}\\s(\\+|-)\\d{4}$';
export const IPV4_FORMAT = '^(\\d{1,3}\\.)+\\d{1,3}$';
const IPV4_PART = '((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])';
const H = '[0-9a-fA-F]{1,4}';
export const IPV6_FORMAT =
  '^(' +
  [
    `(${H}:){7,7}${H}`,
    `(${H}:){1,7}:`,
    `(${H}:){1,6}:${H}`,
    `(${H}:){1,5}(:${H}){1,2}`,
    `(${H}:){1,4}(:${H}){1,3}`,
    `(${H}:){1,3}(:${H}){1,4}`,
    `(${H}:){1,2}(:${H}){1,5}`,
    `${H}:((:${H}){1,6})`,
    `:((:${H}){1,7}|:)`,
    'fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}',
    `::(ffff(:0{1,4}){0,1}:){0,1}${IPV4_PART}`,
    `(${H}:){1,4}:${IPV4_PART}`,
  ].join('|') +
  ')$';
export const HEX_FORMAT = '^[0-9a-fA-F]+$';
/** Lower-case hyphenated UUID, unanchored (the form Pact JS writes for `uuid()`). */
export const UUID_FORMAT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** The UUID format of Pact JS's V2 `uuid` matcher (anchored, lower-case hex). */
export const UUID_V4_FORMAT = '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$';
