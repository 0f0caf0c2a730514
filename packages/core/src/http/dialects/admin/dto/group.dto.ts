import { IdRules, Required, TextRules, WhenSet } from './admin-field-rules';

/** POST /roster/v1/groups. */
export class CreateGroupDto {
  @Required
  @TextRules(1, 255)
  name!: string;

  /** The group's organization; absent or null: the tenant's root organization. */
  @WhenSet
  @IdRules
  organization_id?: number | null;
}

/** PATCH /roster/v1/groups/{id}: a rename. */
export class UpdateGroupDto {
  @Required
  @TextRules(1, 255)
  name!: string;
}
