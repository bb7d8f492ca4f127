import { testSystemSetup } from '../support/testSystem'

export default testSystemSetup(true)
