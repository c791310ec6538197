import { ZOrganizationSettingsSchema } from '~/domain/schemas/organization';
import { updateOrganization as updateOrganizationService } from '~/server/services/organization/update-organization';
import { adminProcedure } from '../../init';

/** Changes name, currency, language, time zone or board settings (admins). */
export const updateOrganization = adminProcedure
  .input(ZOrganizationSettingsSchema)
  .mutation(({ ctx, input }) => updateOrganizationService(ctx.db, ctx.viewer, input));
