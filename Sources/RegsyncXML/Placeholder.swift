// RegsyncXML
