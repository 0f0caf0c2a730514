import { Controller, Get } from '@nestjs/common';

/** The host's own route, beside Roster's. */
@Controller('health')
export class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}
