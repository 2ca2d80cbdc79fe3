// A MOS device built with sofie mos-connection (@mos-connection/connector), strict parsing on,
// listening on free ports of 127.0.0.1 only. It records what it receives as JSON lines.
//
// Usage: node device.js RECORD_FILE [--refuse-story N] [--silent-after N] [--heartbeat-first]
//   --refuse-story N   answer the Nth roStorySend with a roAck whose roStatus is an error
//   --silent-after N   accept N running-order messages, then never answer again
//   --heartbeat-first  send a heartbeat to the newsroom system as soon as it connects (upper port)
// Prints one line {"lower": PORT, "upper": PORT, "query": PORT} on stdout once listening.
'use strict'
const fs = require('fs')
const net = require('net')

// The library listens on every interface; a test device must stay on the loopback.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (port, ...rest) {
	if (typeof port === 'number' && rest.length === 0) return listen.call(this, port, '127.0.0.1')
	return listen.call(this, port, ...rest)
}

const iconv = require('iconv-lite')
const { MosConnection } = require('@mos-connection/connector')

const MOS_ID = 'prompter.test'
const args = process.argv.slice(2)
const recordFile = args[0]
const option = (name) => {
	const i = args.indexOf(name)
	return i >= 0 ? args[i + 1] : undefined
}
const refuseStory = Number(option('--refuse-story') || 0)
const silentAfter = option('--silent-after') === undefined ? Infinity : Number(option('--silent-after'))
const heartbeatFirst = args.includes('--heartbeat-first')

function record(event, data) {
	fs.appendFileSync(recordFile, JSON.stringify({ event, data }) + '\n')
}

let answered = 0
let stories = 0
const never = new Promise(() => {})

function ack(roID, status = 'OK') {
	return { ID: roID, Status: status, Stories: [] }
}

function answer(event, roID, data, status) {
	record(event, data)
	if (answered >= silentAfter) return never
	answered++
	return Promise.resolve(ack(roID, status))
}

function setUpDevice(device) {
	// Strict mode requires every callback of the announced profiles; the ones this test does
	// not use record the call and answer OK.
	const proto = Object.getPrototypeOf(device)
	for (const name of Object.getOwnPropertyNames(proto)) {
		if (!/^on[A-Z]/.test(name) || name === 'onConnectionChange' || typeof device[name] !== 'function') continue
		try {
			device[name](async (...callArgs) => {
				record(name, callArgs)
				return ack(callArgs[0] && callArgs[0].ID ? callArgs[0].ID : '')
			})
		} catch (e) {
			// a callback of a profile the device does not announce
		}
	}
	device.onRequestMachineInfo(async () => ({
		manufacturer: device.mosTypes.mosString128.create('scriptfmt tests'),
		model: device.mosTypes.mosString128.create('recording device'),
		hwRev: device.mosTypes.mosString128.create('1'),
		swRev: device.mosTypes.mosString128.create('1'),
		DOM: device.mosTypes.mosString128.create('2026-01-01'),
		SN: device.mosTypes.mosString128.create('1'),
		ID: device.mosTypes.mosString128.create(MOS_ID),
		time: device.mosTypes.mosTime.create(Date.now()),
		mosRev: device.mosTypes.mosString128.create('2.8.5'),
		supportedProfiles: { deviceType: 'MOS', profile0: true, profile1: true, profile2: true, profile4: true },
	}))
	device.onCreateRunningOrder((ro) => answer('roCreate', ro.ID, ro))
	device.onReplaceRunningOrder((ro) => answer('roReplace', ro.ID, ro))
	device.onRunningOrderStory((story) => {
		stories++
		const refused = stories === refuseStory
		return answer('roStorySend', story.RunningOrderId, story, refused ? `Story ${stories} refused: not in this running order` : 'OK')
	})
}

async function main() {
	fs.writeFileSync(recordFile, '')
	const mos = new MosConnection({
		mosID: MOS_ID,
		acceptsConnections: true,
		strict: true,
		ports: { lower: 0, upper: 0, query: 0 },
		profiles: { '0': true, '1': true, '2': true, '4': true },
	})
	mos.on('error', (e) => process.stderr.write(`device error: ${e}\n`))
	mos.on('warning', (e) => process.stderr.write(`device warning: ${e}\n`))
	mos.on('rawMessage', (source, type, message) => {
		if (type === 'recieved') record('raw', message)
	})
	await mos.init()
	const port = (server) => server._socketServer.address().port
	const ports = { lower: port(mos._lowerSocketServer), upper: port(mos._upperSocketServer), query: port(mos._querySocketServer) }
	if (heartbeatFirst) {
		mos._upperSocketServer.on('eventsocketserverclientconnected', ({ socket }) => {
			const hb = '<mos><mosID>' + MOS_ID + '</mosID><ncsID>scriptfmt</ncsID><messageID>9001</messageID>' +
				'<heartbeat><time>2026-01-01T00:00:00</time></heartbeat></mos>'
			socket.write(iconv.encode(hb, 'utf16-be'))
		})
	}
	// The device also connects back to the newsroom system, as a MOS device does; this sink
	// stands in for the newsroom system's own ports so nothing outside the test is reached.
	const sink = net.createServer((socket) => socket.on('data', () => {}))
	await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve))
	const sinkPort = sink.address().port
	const device = await mos.connect({
		primary: { id: 'scriptfmt', host: '127.0.0.1', ports: { lower: sinkPort, upper: sinkPort, query: sinkPort }, dontUseQueryPort: true },
	})
	setUpDevice(device)
	process.stdout.write(JSON.stringify(ports) + '\n')
}

main().catch((e) => {
	process.stderr.write(`device failed: ${e && e.stack ? e.stack : e}\n`)
	process.exit(1)
})
