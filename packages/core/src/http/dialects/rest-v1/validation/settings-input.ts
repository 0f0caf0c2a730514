import type { UserSettings } from '../../../../domain';
import type { UserSettingsDto } from '../dto/user-settings.dto';

/** The keys sent, and only those: the core fills in the defaults of the omitted ones. */
export function settingsInput(dto: UserSettingsDto): Partial<UserSettings> {
  return {
    ...(dto.theme === undefined ? {} : { theme: dto.theme }),
    ...(dto.notifications === undefined ? {} : { notifications: dto.notifications }),
  };
}
