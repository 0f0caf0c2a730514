import { IsBoolean, IsIn, ValidateIf } from 'class-validator';
import type { Theme } from '../../../../domain';

export const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

/** `settings` on create and update: either key may be omitted (the core fills in its default). */
export class UserSettingsDto {
  @ValidateIf((dto: UserSettingsDto) => dto.theme !== undefined)
  @IsIn(THEMES, { message: 'must be one of: light, dark, system' })
  theme?: Theme;

  @ValidateIf((dto: UserSettingsDto) => dto.notifications !== undefined)
  @IsBoolean({ message: 'must be true or false' })
  notifications?: boolean;
}
