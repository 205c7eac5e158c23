import { z } from '@botpress/sdk'
import { Hono } from 'hono'
import { savedReplyActions } from '../../src/definitions/saved-reply-actions'
import { type SessionOptions, type SignedInEnv, requireAgent } from './agent-session'
import type { Desk } from './desk'
import { body } from './edge'
import { type Roster, identityOf } from './roster'

const { createSavedReply, updateSavedReply, deleteSavedReply } = savedReplyActions
/** The actions' own fields: the edge refuses what the integration would, naming the same field. */
const createBody = createSavedReply.input.schema.pick({ title: true, text: true, idempotencyKey: true })
const updateBody = updateSavedReply.input.schema.pick({ revision: true, title: true, text: true })
const deleteBody = z.object({ revision: deleteSavedReply.input.schema.shape.revision })

/** The HITL tab's saved replies: each route one desk action, as the signed-in agent. */
export const savedReplyRoutes = ({ desk, roster, session }: { desk: Desk; roster: Roster; session: SessionOptions }) =>
  new Hono<SignedInEnv>()
    .use('*', requireAgent(roster, session))
    .get('/', async (c) => c.json(await desk('listSavedReplies', {})))
    .post('/', body(createBody), async (c) =>
      c.json(await desk('createSavedReply', { agent: identityOf(c.get('agent')), ...c.req.valid('json') }), 201)
    )
    .post('/:id', body(updateBody), async (c) =>
      c.json(
        await desk('updateSavedReply', {
          agent: identityOf(c.get('agent')),
          id: c.req.param('id'),
          ...c.req.valid('json'),
        })
      )
    )
    .post('/:id/delete', body(deleteBody), async (c) =>
      c.json(
        await desk('deleteSavedReply', {
          agent: identityOf(c.get('agent')),
          id: c.req.param('id'),
          ...c.req.valid('json'),
        })
      )
    )
