import { XMLParser } from 'fast-xml-parser';
import { profileSchemaOf, type Tenant, type UserView } from '../../../domain';
import { profileFieldsDocument, userProfileDocument, usersDocument } from './user-profile.xml';

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

const tenant: Pick<Tenant, 'identifyBy' | 'profileFields'> = {
  identifyBy: 'email',
  profileFields: [
    { name: 'EMP_CODE', label: 'Employee code', type: 'string', required: true, unique: true, values: [] },
    { name: 'USER_FIELD_xPH1D', label: 'Department', type: 'list', required: false, unique: false, values: ['Sales', 'R&D'] },
  ],
};
const schema = profileSchemaOf(tenant);

const PROFILE =
  '<userProfile><userId>1</userId><status>1</status><role>publisher</role><organizationId>1</organizationId>' +
  '<groups><id>2</id></groups><fields><login>jdoe</login><first_name>John</first_name><last_name>Doe</last_name>' +
  '<email>john@example.com</email></fields></userProfile>';

describe('ispring XML documents', () => {
  it('writes the spec sample, compact, after the declaration line', () => {
    expect(usersDocument([base], schema)).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<users>${PROFILE}</users>`);
    expect(userProfileDocument(base, schema)).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${PROFILE}`);
  });

  it('writes status 3 for inactive and pending users, and only the fields that have a value', () => {
    const pending = { ...base, id: 2, status: 'pending' as const, login: null, email: null, groupIds: [] };
    const inactive = { ...base, id: 3, status: 'inactive' as const, groupIds: [4, 5] };
    const xml = usersDocument([pending, inactive], schema);
    expect(xml).toContain('<userId>2</userId><status>3</status>');
    expect(xml).toContain('<groups></groups><fields><first_name>John</first_name><last_name>Doe</last_name></fields>');
    const nameless = userProfileDocument({ ...pending, firstName: '', lastName: '' }, schema);
    expect(nameless).toContain('<groups></groups><fields></fields>');
    expect(xml).toContain('<userId>3</userId><status>3</status>');
    expect(xml).toContain('<groups><id>4</id><id>5</id></groups>');
    expect(usersDocument([], schema)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<users></users>');
  });

  // htmlEntities: fast-xml-parser decodes character references (&#13;) only with it on.
  it('escapes text so that any name round-trips through an XML parser', () => {
    const names = ['<b>&', '&amp;', ']]>', 'O\'Brien "x"', 'a\r\nb', 'Zoë 😀', '</first_name><role>owner</role>'];
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still honoured by fast-xml-parser 5; moving to entityDecoder is its own change
    const parser = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: true });
    for (const firstName of names) {
      const xml = userProfileDocument({ ...base, firstName }, schema);
      if (/[<>&\r]/.test(firstName)) expect(xml).not.toContain(`<first_name>${firstName}</first_name>`);
      expect(parser.parse(xml).userProfile.fields.first_name).toBe(firstName);
    }
  });

  it('lists every field with a value in schema order: standard ones, then custom ones as declared', () => {
    const user = {
      ...base,
      phoneNumber: '123-31-23',
      profile: { USER_FIELD_xPH1D: 'R&D', EMP_CODE: 'E-1', state: 'Texas', country_id: '1' },
    };
    expect(userProfileDocument(user, schema)).toContain(
      '<fields><login>jdoe</login><first_name>John</first_name><last_name>Doe</last_name><email>john@example.com</email>' +
        '<phone>123-31-23</phone><state>Texas</state><country_id>1</country_id><EMP_CODE>E-1</EMP_CODE>' +
        '<USER_FIELD_xPH1D>R&amp;D</USER_FIELD_xPH1D></fields>',
    );
  });

  it('describes the schema as <userProfileFields>, list values included', () => {
    const xml = profileFieldsDocument(schema);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<userProfileFields><userFieldInfo>/);
    expect(xml).toContain(
      '<userFieldInfo><userFieldInfoId>2</userFieldInfoId><name>first_name</name><label>First name</label>' +
        '<type>first_name</type><isUnique>false</isUnique><isVisible>true</isVisible><isRequired>false</isRequired>' +
        '<orderPriority>1</orderPriority></userFieldInfo>',
    );
    expect(xml).toContain('<name>email</name><label>Email</label><type>email</type><isUnique>true</isUnique>');
    expect(xml).toContain(
      '<userFieldInfoId>11</userFieldInfoId><name>EMP_CODE</name><label>Employee code</label><type>string</type>' +
        '<isUnique>true</isUnique><isVisible>true</isVisible><isRequired>true</isRequired><orderPriority>10</orderPriority>',
    );
    expect(xml).toContain(
      '<type>list</type><isUnique>false</isUnique><isVisible>true</isVisible><isRequired>false</isRequired>' +
        '<orderPriority>11</orderPriority><values><field><name>Sales</name><value>Sales</value></field>' +
        '<field><name>R&amp;D</name><value>R&amp;D</value></field></values></userFieldInfo></userProfileFields>',
    );
  });
});
