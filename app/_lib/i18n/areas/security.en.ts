/** EN strings of the security settings. Keys must match the other language's file. */
export const enSecurity = {
  removeMember: 'Remove',
  removeMemberConfirm: 'Remove {name} from the organization? Their open sessions lose access at once.',
  embedOrigins: 'Sites that may embed meeting-mode boards',
  embedOriginsHint:
    'One origin per line, like https://intranet.example.com (no path). Only meeting-mode boards can be shown in a frame there, and only to people signed in to Dealflow on the same site; leave empty to allow no embedding.',
};
