import { Inject } from '@nestjs/common';
import { ROSTER } from './roster.constants';

/** Injects the module's Roster: `constructor(@InjectRoster() private readonly roster: Roster) {}`. */
export const InjectRoster = (): PropertyDecorator & ParameterDecorator => Inject(ROSTER);
