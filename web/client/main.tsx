import { render } from 'preact'
import { ChatPage } from './chat/ChatPage'
import { HitlTab } from './hitl/HitlTab'
import './styles/base.css'

const isHitlTab = location.pathname === '/hitl' || location.pathname.startsWith('/hitl/')
document.title = isHitlTab ? 'HITL · Northwind demo bot' : 'Northwind Outfitters · Chat'
render(isHitlTab ? <HitlTab /> : <ChatPage />, document.getElementById('app')!)
