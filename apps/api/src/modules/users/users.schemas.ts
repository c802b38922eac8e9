import { Type, type Static } from 'typebox';
import { Page, PageQuery } from '#src/http/common.schemas';

const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('dispatcher'),
  Type.Literal('driver'),
  Type.Literal('viewer'),
]);
const Timestamp = Type.String({ format: 'date-time' });

export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  sub: Type.String(),
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  region: Type.Union([Type.String(), Type.Null()]),
  firstSeenAt: Timestamp,
  lastSeenAt: Timestamp,
  lastSignInAt: Type.Union([Timestamp, Type.Null()]),
});
export type UserDto = Static<typeof User>;

export const UserListQuery = Type.Object(
  { ...PageQuery, role: Type.Optional(Role) },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;
export const UserPage = Page(User);
