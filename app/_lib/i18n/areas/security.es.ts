/** ES strings of the security settings. Keys must match the other language's file. */
export const esSecurity = {
  removeMember: 'Quitar',
  removeMemberConfirm: '¿Quitar a {name} de la organización? Sus sesiones abiertas pierden el acceso al instante.',
  embedOrigins: 'Sitios que pueden incrustar tableros en modo reunión',
  embedOriginsHint:
    'Un origen por línea, como https://intranet.example.com (sin ruta). Solo los tableros en modo reunión pueden mostrarse en un marco allí, y solo a quien haya iniciado sesión en Dealflow en el mismo sitio; déjalo vacío para no permitir incrustarlos.',
};
