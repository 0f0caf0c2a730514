import { XMLParser } from 'fast-xml-parser';
import type { UserView } from '../../../domain';
import { userProfileDocument, usersDocument } from './user-profile.xml';

const base: UserView = {
  tenantId: 't',
  id: 1,
  publicId: 'usr_1',
  email: 'john@example.com',
  login: 'jdoe',
  firstName: 'John',
  lastName: 'Doe',
  name: 'John Doe',
  role: 'publisher',
  permissions: [],
  status: 'active',
  organizationId: 1,
  groupIds: [2],
  externalId: null,
  source: 'api',
  phoneNumber: null,
  liveScanner: false,
  subscribedToUpdates: true,
  settings: { theme: 'system', notifications: true },
  backendAccess: false,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  lastLoginAt: null,
  version: 1,
  profile: {},
};

const PROFILE =
  '<userProfile><userId>1</userId><status>1</status><role>publisher</role><organizationId>1</organizationId>' +
  '<groups><id>2</id></groups><fields><login>jdoe</login><first_name>John</first_name><last_name>Doe</last_name>' +
  '<email>john@example.com</email></fields></userProfile>';

describe('ispring XML documents', () => {
  it('writes the spec sample, compact, after the declaration line', () => {
    expect(usersDocument([base])).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<users>${PROFILE}</users>`);
    expect(userProfileDocument(base)).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${PROFILE}`);
  });

  it('writes status 3 for inactive and pending users, empty elements for what is missing', () => {
    const pending = { ...base, id: 2, status: 'pending' as const, login: null, email: null, groupIds: [] };
    const inactive = { ...base, id: 3, status: 'inactive' as const, groupIds: [4, 5] };
    const xml = usersDocument([pending, inactive]);
    expect(xml).toContain('<userId>2</userId><status>3</status>');
    expect(xml).toContain('<groups></groups><fields><login></login>');
    expect(xml).toContain('<email></email></fields>');
    expect(xml).toContain('<userId>3</userId><status>3</status>');
    expect(xml).toContain('<groups><id>4</id><id>5</id></groups>');
    expect(usersDocument([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<users></users>');
  });

  // htmlEntities: fast-xml-parser decodes character references (&#13;) only with it on.
  it('escapes text so that any name round-trips through an XML parser', () => {
    const names = ['<b>&', '&amp;', ']]>', 'O\'Brien "x"', 'a\r\nb', 'Zoë 😀', '</first_name><role>owner</role>'];
    const parser = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });
    for (const firstName of names) {
      const xml = userProfileDocument({ ...base, firstName });
      if (/[<>&\r]/.test(firstName)) expect(xml).not.toContain(`<first_name>${firstName}</first_name>`);
      expect(parser.parse(xml).userProfile.fields.first_name).toBe(firstName);
    }
  });
});
